// The demo page's language switch. It only sets <html lang>: the widgets follow it by
// themselves, which is how they behave on a real multilingual city site.
const texts = {
  fr: {
    skip: 'Aller au contenu',
    language: 'Langue',
    title: 'Les bonnes idées des villes pour l’intégration',
    intro:
      'Cities of Migration présente la bonne pratique dans le domaine de l’intégration des migrants urbains et promeut des idées innovatrices qui mènent à l’équité, à la cohésion sociale et à la prospérité des villes.',
    ideas: 'Index des bonnes idées',
    'ideas-intro': 'De bonnes pratiques de villes du monde entier. Cherchez par mot, ville ou thème : « integr mont » trouve Montréal.',
    stories: 'Récits à la une',
    snippet: 'Copier ce code dans votre page',
    themed: 'Les mêmes récits, avec un autre thème',
    'themed-note': 'Seules les propriétés personnalisées --cm-* changent.',
    'snippet-theme': 'Copier ce thème',
    exchange: 'L’échange de connaissances sur l’intégration',
    'themed-webinars': 'Les mêmes webinaires, avec un autre thème',
    leadership: 'Leadership municipal',
    mayors: 'Maires : sur l’immigration',
    'themed-quotes': 'Les mêmes citations, avec un autre thème',
    footer: 'Contenu : Cities of Migration (Maytree). Démonstration de @citiesofmigration/widgets.',
  },
  en: {
    skip: 'Skip to content',
    language: 'Language',
    title: 'Good ideas from cities for integration',
    intro:
      'Cities of Migration showcases good practice in urban migrant integration and promotes innovative ideas that lead to equity, social cohesion and prosperity in cities.',
    ideas: 'Index of good ideas',
    'ideas-intro': 'Good practice from cities around the world. Search by word, city or theme: “integr mont” finds Montréal.',
    stories: 'Featured stories',
    snippet: 'Copy this code into your page',
    themed: 'The same stories, with another theme',
    'themed-note': 'Only the --cm-* custom properties change.',
    'snippet-theme': 'Copy this theme',
    exchange: 'Knowledge exchange on integration',
    'themed-webinars': 'The same webinars, with another theme',
    leadership: 'Municipal leadership',
    mayors: 'Mayors on immigration',
    'themed-quotes': 'The same quotes, with another theme',
    footer: 'Content: Cities of Migration (Maytree). A demo of @citiesofmigration/widgets.',
  },
};
const names = {fr: 'Français', en: 'English'};

const nav = document.querySelector('.lang-switch');

function setLang(lang) {
  document.documentElement.lang = lang;
  const t = texts[lang];
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t[el.dataset.t];
  for (const el of document.querySelectorAll('[data-t-label]')) el.setAttribute('aria-label', t[el.dataset.tLabel]);
  // The widgets' own accessible names (label="…") follow the page language too.
  for (const el of document.querySelectorAll('[data-t-label-attr]')) el.setAttribute('label', t[el.dataset.tLabelAttr]);
  for (const b of nav.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.value === lang));
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
}

for (const lang of Object.keys(texts)) {
  const button = document.createElement('button');
  button.type = 'button';
  button.value = lang;
  button.lang = lang;
  button.textContent = names[lang];
  button.addEventListener('click', () => setLang(lang));
  nav.append(button);
}

const wanted = new URLSearchParams(location.search).get('lang');
setLang(wanted in texts ? wanted : 'fr');
