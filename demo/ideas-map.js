// The texts of the demo's map section in the page language: they follow <html lang>, which
// demo.js's language switch sets. (Apart from demo.js until the branches meet: its texts
// table can take these keys.)
const texts = {
  fr: {
    title: 'Nos bonnes idées à travers le monde',
    intro:
      'Choisissez une ville sur la carte, à la souris ou au clavier (flèches, puis Entrée) : l’index ci-dessus n’affiche plus que ses idées. Choisissez-la de nouveau, ou appuyez sur Échap, pour les revoir toutes.',
    snippet: 'Copier ce code dans votre page',
    themed: 'La carte seule, avec un autre thème : une ville choisie liste ses idées',
  },
  en: {
    title: 'Our Good Ideas around the World',
    intro:
      'Choose a city on the map, with the mouse or the keyboard (arrow keys, then Enter): the index above then shows its ideas only. Choose it again, or press Escape, to see them all.',
    snippet: 'Copy this code into your page',
    themed: 'The map on its own, with another theme: a chosen city lists its ideas',
  },
  es: {
    title: 'Nuestras buenas ideas en el mundo',
    intro:
      'Elija una ciudad en el mapa, con el ratón o el teclado (flechas y luego Intro): el índice de arriba muestra entonces solo sus ideas. Elíjala de nuevo, o pulse Esc, para volver a verlas todas.',
    snippet: 'Copie este código en su página',
    themed: 'El mapa solo, con otro tema visual: una ciudad elegida muestra sus ideas',
  },
  de: {
    title: 'Unsere guten Ideen in aller Welt',
    intro:
      'Wählen Sie eine Stadt auf der Karte, mit der Maus oder der Tastatur (Pfeiltasten, dann Eingabe): Das Verzeichnis oben zeigt dann nur ihre Ideen. Wählen Sie sie erneut oder drücken Sie Esc, um wieder alle zu sehen.',
    snippet: 'Diesen Code in Ihre Seite kopieren',
    themed: 'Die Karte allein, in einem anderen Design: Eine gewählte Stadt listet ihre Ideen auf',
  },
  ar: {
    title: 'أفكارنا الجيدة حول العالم',
    intro:
      'اختر مدينة على الخريطة بالفأرة أو بلوحة المفاتيح (الأسهم ثم Enter): يعرض الفهرس أعلاه عندئذ أفكارها فقط. اخترها مرة أخرى أو اضغط Esc لرؤيتها كلها من جديد.',
    snippet: 'نسخ هذه الشيفرة إلى صفحتك',
    themed: 'الخريطة وحدها بمظهر آخر: المدينة المختارة تعرض أفكارها',
  },
};

function translate() {
  const t = texts[document.documentElement.lang] ?? texts.en;
  for (const el of document.querySelectorAll('[data-map-t]')) el.textContent = t[el.dataset.mapT];
}

new MutationObserver(translate).observe(document.documentElement, {attributeFilter: ['lang']});
translate();
