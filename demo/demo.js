import {fillSnippets} from './snippets.js';

// The demo page's language switch. It sets <html lang> (and <html dir>, as a right-to-left
// site's template would): the widgets follow by themselves, which is how they behave on a
// real multilingual city site. It also fills the code snippets from what the page uses
// (snippets.js).
//
// In the texts, [[…]] is a name in its own script (isolated with <bdi>, so "Cities of
// Migration" keeps its place in an Arabic sentence) and `…` is code (<code dir="ltr">).
const texts = {
  fr: {
    description:
      'Démonstration des widgets Cities of Migration : récits à la une, webinaires, citations de maires et index des bonnes idées.',
    skip: 'Aller au contenu',
    language: 'Langue',
    title: 'Les bonnes idées des villes pour l’intégration',
    intro:
      '[[Cities of Migration]] présente la bonne pratique dans le domaine de l’intégration des migrants urbains et promeut des idées innovatrices qui mènent à l’équité, à la cohésion sociale et à la prospérité des villes.',
    ideas: 'Index des bonnes idées',
    'ideas-intro':
      'De bonnes pratiques de villes du monde entier. Cherchez par mot, ville ou thème : « [[integr mont]] » trouve [[Montréal]].',
    stories: 'Récits à la une',
    snippet: 'Copier ce code dans votre page',
    themed: 'Les mêmes récits, avec un autre thème',
    'themed-note': 'Seules les propriétés personnalisées `--cm-*` changent.',
    'snippet-theme': 'Copier ce thème',
    exchange: 'L’échange de connaissances sur l’intégration',
    'themed-webinars': 'Les mêmes webinaires, avec un autre thème',
    'themed-ideas': 'Le même index, avec un autre thème',
    leadership: 'Leadership municipal',
    mayors: 'Maires : sur l’immigration',
    'themed-quotes': 'Les mêmes citations, avec un autre thème',
    footer: 'Contenu : [[Cities of Migration (Maytree)]]. Démonstration de [[@citiesofmigration/widgets]].',
  },
  en: {
    description:
      'A demo of the Cities of Migration widgets: featured stories, webinars, mayors’ quotes and the index of good ideas.',
    skip: 'Skip to content',
    language: 'Language',
    title: 'Good ideas from cities for integration',
    intro:
      '[[Cities of Migration]] showcases good practice in urban migrant integration and promotes innovative ideas that lead to equity, social cohesion and prosperity in cities.',
    ideas: 'Index of good ideas',
    'ideas-intro':
      'Good practice from cities around the world. Search by word, city or theme: “[[integr mont]]” finds [[Montréal]].',
    stories: 'Featured stories',
    snippet: 'Copy this code into your page',
    themed: 'The same stories, with another theme',
    'themed-note': 'Only the `--cm-*` custom properties change.',
    'snippet-theme': 'Copy this theme',
    exchange: 'Knowledge exchange on integration',
    'themed-webinars': 'The same webinars, with another theme',
    'themed-ideas': 'The same index, with another theme',
    leadership: 'Municipal leadership',
    mayors: 'Mayors on immigration',
    'themed-quotes': 'The same quotes, with another theme',
    footer: 'Content: [[Cities of Migration (Maytree)]]. A demo of [[@citiesofmigration/widgets]].',
  },
  es: {
    description:
      'Demostración de los widgets de Cities of Migration: historias destacadas, seminarios web, citas de alcaldes e índice de buenas ideas.',
    skip: 'Saltar al contenido',
    language: 'Idioma',
    title: 'Buenas ideas de las ciudades para la integración',
    intro:
      '[[Cities of Migration]] da a conocer buenas prácticas de integración de las personas migrantes en las ciudades y promueve ideas innovadoras que conducen a la equidad, la cohesión social y la prosperidad de las ciudades.',
    ideas: 'Índice de buenas ideas',
    'ideas-intro':
      'Buenas prácticas de ciudades de todo el mundo. Busque por palabra, ciudad o tema: «[[integr mont]]» encuentra [[Montréal]].',
    stories: 'Historias destacadas',
    snippet: 'Copie este código en su página',
    themed: 'Las mismas historias, con otro tema visual',
    'themed-note': 'Solo cambian las propiedades personalizadas `--cm-*`.',
    'snippet-theme': 'Copie este tema',
    exchange: 'Intercambio de conocimientos sobre integración',
    'themed-webinars': 'Los mismos seminarios web, con otro tema visual',
    'themed-ideas': 'El mismo índice, con otro tema visual',
    leadership: 'Liderazgo municipal',
    mayors: 'Alcaldes sobre la inmigración',
    'themed-quotes': 'Las mismas citas, con otro tema visual',
    footer: 'Contenido: [[Cities of Migration (Maytree)]]. Demostración de [[@citiesofmigration/widgets]].',
  },
  de: {
    description:
      'Demo der Widgets von Cities of Migration: ausgewählte Beiträge, Webinare, Zitate von Bürgermeisterinnen und Bürgermeistern und das Verzeichnis guter Ideen.',
    skip: 'Zum Inhalt springen',
    language: 'Sprache',
    title: 'Gute Ideen der Städte für die Integration',
    intro:
      '[[Cities of Migration]] stellt gute Praxis der Integration von Migrantinnen und Migranten in Städten vor und fördert innovative Ideen, die zu Chancengleichheit, sozialem Zusammenhalt und Wohlstand in den Städten führen.',
    ideas: 'Verzeichnis guter Ideen',
    'ideas-intro':
      'Gute Praxis aus Städten in aller Welt. Suchen Sie nach Wort, Stadt oder Thema: „[[integr mont]]“ findet [[Montréal]].',
    stories: 'Empfohlene Beiträge',
    snippet: 'Diesen Code in Ihre Seite kopieren',
    themed: 'Dieselben Beiträge in einem anderen Design',
    'themed-note': 'Nur die benutzerdefinierten Eigenschaften `--cm-*` ändern sich.',
    'snippet-theme': 'Dieses Design kopieren',
    exchange: 'Wissensaustausch zur Integration',
    'themed-webinars': 'Dieselben Webinare in einem anderen Design',
    'themed-ideas': 'Derselbe Index in einem anderen Design',
    leadership: 'Kommunale Führung',
    mayors: 'Bürgermeisterinnen und Bürgermeister zur Einwanderung',
    'themed-quotes': 'Dieselben Zitate in einem anderen Design',
    footer: 'Inhalte: [[Cities of Migration (Maytree)]]. Eine Demo von [[@citiesofmigration/widgets]].',
  },
  ar: {
    description:
      'عرض توضيحي لأدوات Cities of Migration: قصص مميزة وندوات إلكترونية واقتباسات لرؤساء البلديات وفهرس الأفكار الجيدة.',
    skip: 'الانتقال إلى المحتوى',
    language: 'اللغة',
    title: 'أفكار جيدة من المدن من أجل الاندماج',
    intro:
      'تعرض [[Cities of Migration]] الممارسات الجيدة في مجال اندماج المهاجرين في المدن، وتروّج لأفكار مبتكرة تؤدي إلى الإنصاف والتماسك الاجتماعي والازدهار في المدن.',
    ideas: 'فهرس الأفكار الجيدة',
    'ideas-intro':
      'ممارسات جيدة من مدن العالم. يمكن البحث بكلمة أو مدينة أو موضوع: عبارة «[[integr mont]]» تعثر على [[Montréal]].',
    stories: 'قصص مميزة',
    snippet: 'نسخ هذه الشيفرة إلى صفحتك',
    themed: 'القصص نفسها بمظهر آخر',
    'themed-note': 'لا يتغيّر سوى الخصائص المخصّصة `--cm-*`.',
    'snippet-theme': 'نسخ هذا المظهر',
    exchange: 'تبادل المعرفة حول الاندماج',
    'themed-webinars': 'الندوات الإلكترونية نفسها بمظهر آخر',
    'themed-ideas': 'الفهرس نفسه بمظهر آخر',
    leadership: 'القيادة البلدية',
    mayors: 'رؤساء البلديات عن الهجرة',
    'themed-quotes': 'الاقتباسات نفسها بمظهر آخر',
    footer: 'المحتوى: [[Cities of Migration (Maytree)]]. عرض توضيحي لـ [[@citiesofmigration/widgets]].',
  },
};
const rtl = new Set(['ar']);

const nav = document.querySelector('.lang-switch');

/** Puts a text in an element: plain text nodes, <bdi> for [[names]], <code> for `code`. */
function fill(el, text) {
  const nodes = text.split(/(\[\[.+?\]\]|`.+?`)/).map((part) => {
    if (part.startsWith('[[')) {
      const bdi = document.createElement('bdi');
      bdi.textContent = part.slice(2, -2);
      return bdi;
    }
    if (part.startsWith('`')) {
      const code = document.createElement('code');
      code.dir = 'ltr';
      code.textContent = part.slice(1, -1);
      return code;
    }
    return document.createTextNode(part);
  });
  el.replaceChildren(...nodes);
}

const plain = (text) => text.replace(/\[\[(.+?)\]\]|`(.+?)`/g, '$1$2');

function setLang(lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = rtl.has(lang) ? 'rtl' : 'ltr';
  const t = texts[lang];
  document.querySelector('meta[name=description]')?.setAttribute('content', t.description);
  for (const el of document.querySelectorAll('[data-t]')) fill(el, t[el.dataset.t]);
  for (const el of document.querySelectorAll('[data-t-label]'))
    el.setAttribute('aria-label', plain(t[el.dataset.tLabel]));
  // The widgets' own accessible names (label="…") follow the page language too.
  for (const el of document.querySelectorAll('[data-t-label-attr]'))
    el.setAttribute('label', plain(t[el.dataset.tLabelAttr]));
  for (const b of nav.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.value === lang));
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
}

// The buttons are written in the HTML (the header must not grow once the script runs).
for (const button of nav.querySelectorAll('button')) {
  button.addEventListener('click', () => setLang(button.value));
}

const wanted = new URLSearchParams(location.search).get('lang');
setLang(wanted in texts ? wanted : 'fr');
fillSnippets().catch((error) => console.error(error));
