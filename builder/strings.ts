/**
 * The builder's own texts, in English and French (the builder is a tool page, not a widget:
 * a small table is enough, and keeps it out of the library's translation files). The
 * findings stay in English: they are the words the widgets write in the browser console.
 */

export const UI_LANGS = ['en', 'fr'] as const;
export type UiLang = (typeof UI_LANGS)[number];

const en = {
  title: 'Snippet builder',
  intro:
    'Choose a widget and its content, see it as your visitors will, then copy the code into your page. Nothing you enter leaves this page.',
  uiLanguage: 'Language of this page',
  element: 'Widget',
  content: 'Content',
  source: 'Where the content comes from',
  sourceUrl: 'A feed URL',
  sourceJson: 'JSON pasted or from a file',
  sourceForm: 'Typed in here',
  feedUrl: 'Feed URL',
  feedUrlHint:
    'A JSON file on your site (/content.json) or on a server that allows your site (CORS). The widget reads it each time a visitor comes.',
  example: 'Use the example feed',
  reload: 'Check again',
  loading: 'Reading the feed…',
  json: 'JSON',
  jsonHint: 'A list of items, an object with "stories", "quotes", "webinars" or "ideas" lists, or a JSON Feed.',
  file: 'Or open a JSON file',
  jsonInSnippet:
    'The content goes into the code itself. For more than a few items, put the JSON on your site and give its URL instead: the page stays light, and you update the file, not the page.',
  lost: 'No attribute carries these fields; give a feed URL to show them: {fields}.',
  formHint: 'The content is written in the widget’s attributes.',
  listNeedsFeed: 'This widget shows a list: give it a feed URL or JSON.',
  item: 'Item to show',
  itemFirst: 'The first one',
  itemMissing: 'There is no item with this id in the feed.',
  options: 'Options',
  defaultIs: 'Default: {value}.',
  defaultChoice: 'Default ({value})',
  range: 'From {min} to {max}.',
  atLeast: 'At least {min}.',
  badNumber: 'Not a number: the widget ignores it and uses its default.',
  badRange: 'Out of range: the widget ignores it and uses its default.',
  badJson: 'Not a JSON list: the widget ignores it.',
  look: 'Language and look',
  previewLanguage: 'Language of the preview',
  previewLanguageHint: 'On your site the widgets follow the page’s language (<html lang>).',
  page: 'Page behind the widget',
  light: 'Light',
  dark: 'Dark',
  tokens: 'Theme',
  tokensHint: 'Leave empty to inherit your page’s font and colours.',
  contrast: 'Contrast of the text colours',
  contrastToken: 'Colour',
  contrastLight: 'On a light page',
  contrastDark: 'On a dark page',
  contrastLow: 'below {min}:1, hard to read',
  contrastOk: 'enough',
  contrastUnknown: 'not a colour the check can read',
  contrastNone: 'Set a text, muted or accent colour to check its contrast.',
  preview: 'Preview',
  previewTitle: 'Preview of the widget',
  findings: 'Check of the content',
  findingsHint: 'What the widget will say in the browser console, in its words.',
  noContent: 'No content to check yet.',
  noFindings: 'No problem: every item shows as written.',
  counts: 'Errors: {errors}. Warnings: {warnings}.',
  error: 'Error',
  warning: 'Warning',
  unreadable: 'Cannot be read',
  code: 'Code to copy',
  scriptUrl: 'Script URL',
  scriptUrlHint:
    'Where your page loads the widgets from: the copy beside this builder, a copy on your own server, or a CDN once the package is published.',
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'Could not copy: the text is selected, press Ctrl+C (⌘C on a Mac).',
  outputHtml: 'HTML: script and widget',
  outputHtmlHint: 'Paste it where the widget goes (in WordPress, a Custom HTML block: administrators only).',
  outputPrerendered: 'HTML with the widget already drawn (prerendered)',
  outputPrerenderedHint:
    'The same widget with its final layout in the HTML: visitors see it at once, even before or without JavaScript, and nothing moves when the script arrives. Keep cm-widgets.css beside the script.',
  outputBlock: 'WordPress block (with the Cities of Migration plugin)',
  outputBlockHint: 'Paste it in the code editor of a page (⋮ → Code editor).',
  outputShortcode: 'WordPress shortcode (with the plugin)',
  outputShortcodeHint: 'For the classic editor, a text widget or a page builder.',
  wordpressSkipped: 'The plugin takes no JSON lists: give a feed URL for WordPress ({names} left out).',
} as const;

export type Key = keyof typeof en;

const fr: Record<Key, string> = {
  title: 'Générateur de code',
  intro:
    'Choisissez un widget et son contenu, voyez-le comme vos visiteurs le verront, puis copiez le code dans votre page. Rien de ce que vous saisissez ne quitte cette page.',
  uiLanguage: 'Langue de cette page',
  element: 'Widget',
  content: 'Contenu',
  source: 'D’où vient le contenu',
  sourceUrl: 'L’URL d’un flux',
  sourceJson: 'Du JSON collé ou tiré d’un fichier',
  sourceForm: 'Saisi ici',
  feedUrl: 'URL du flux',
  feedUrlHint:
    'Un fichier JSON de votre site (/content.json) ou d’un serveur qui autorise votre site (CORS). Le widget le lit à chaque visite.',
  example: 'Utiliser le flux d’exemple',
  reload: 'Vérifier à nouveau',
  loading: 'Lecture du flux…',
  json: 'JSON',
  jsonHint:
    'Une liste d’éléments, un objet avec des listes « stories », « quotes », « webinars » ou « ideas », ou un JSON Feed.',
  file: 'Ou ouvrir un fichier JSON',
  jsonInSnippet:
    'Le contenu est inscrit dans le code lui-même. Au-delà de quelques éléments, mettez le JSON sur votre site et donnez plutôt son URL : la page reste légère, et vous modifiez le fichier, pas la page.',
  lost: 'Aucun attribut ne porte ces champs ; donnez l’URL d’un flux pour les afficher : {fields}.',
  formHint: 'Le contenu est inscrit dans les attributs du widget.',
  listNeedsFeed: 'Ce widget affiche une liste : donnez-lui l’URL d’un flux ou du JSON.',
  item: 'Élément à afficher',
  itemFirst: 'Le premier',
  itemMissing: 'Le flux n’a aucun élément avec cet identifiant.',
  options: 'Options',
  defaultIs: 'Par défaut : {value}.',
  defaultChoice: 'Par défaut ({value})',
  range: 'De {min} à {max}.',
  atLeast: 'Au moins {min}.',
  badNumber: 'Pas un nombre : le widget l’ignore et prend sa valeur par défaut.',
  badRange: 'Hors limites : le widget l’ignore et prend sa valeur par défaut.',
  badJson: 'Pas une liste JSON : le widget l’ignore.',
  look: 'Langue et apparence',
  previewLanguage: 'Langue de l’aperçu',
  previewLanguageHint: 'Sur votre site, les widgets suivent la langue de la page (<html lang>).',
  page: 'Page derrière le widget',
  light: 'Claire',
  dark: 'Sombre',
  tokens: 'Thème',
  tokensHint: 'Laissez vide pour reprendre la police et les couleurs de votre page.',
  contrast: 'Contraste des couleurs de texte',
  contrastToken: 'Couleur',
  contrastLight: 'Sur une page claire',
  contrastDark: 'Sur une page sombre',
  contrastLow: 'sous {min}:1, difficile à lire',
  contrastOk: 'suffisant',
  contrastUnknown: 'pas une couleur que la vérification sait lire',
  contrastNone: 'Choisissez une couleur de texte, atténuée ou d’accent pour vérifier son contraste.',
  preview: 'Aperçu',
  previewTitle: 'Aperçu du widget',
  findings: 'Vérification du contenu',
  findingsHint: 'Ce que le widget écrira dans la console du navigateur, dans ses mots (en anglais).',
  noContent: 'Pas encore de contenu à vérifier.',
  noFindings: 'Aucun problème : chaque élément s’affiche tel qu’il est écrit.',
  counts: 'Erreurs : {errors}. Avertissements : {warnings}.',
  error: 'Erreur',
  warning: 'Avertissement',
  unreadable: 'Illisible',
  code: 'Code à copier',
  scriptUrl: 'URL du script',
  scriptUrlHint:
    'D’où votre page charge les widgets : la copie à côté de ce générateur, une copie sur votre serveur, ou un CDN une fois le paquet publié.',
  copy: 'Copier',
  copied: 'Copié.',
  copyFailed: 'Copie impossible : le texte est sélectionné, appuyez sur Ctrl+C (⌘C sur Mac).',
  outputHtml: 'HTML : script et widget',
  outputHtmlHint:
    'Collez-le là où va le widget (dans WordPress, un bloc HTML personnalisé : administrateurs seulement).',
  outputPrerendered: 'HTML avec le widget déjà dessiné (prérendu)',
  outputPrerenderedHint:
    'Le même widget, sa mise en page finale écrite dans le HTML : les visiteurs le voient aussitôt, même avant ou sans JavaScript, et rien ne bouge quand le script arrive. Gardez cm-widgets.css à côté du script.',
  outputBlock: 'Bloc WordPress (avec l’extension Cities of Migration)',
  outputBlockHint: 'Collez-le dans l’éditeur de code d’une page (⋮ → Éditeur de code).',
  outputShortcode: 'Code court WordPress (avec l’extension)',
  outputShortcodeHint: 'Pour l’éditeur classique, un widget texte ou un constructeur de pages.',
  wordpressSkipped:
    'L’extension ne prend pas de listes JSON : donnez l’URL d’un flux pour WordPress ({names} laissés de côté).',
};

const TABLES: Record<UiLang, Record<Key, string>> = {en, fr};

/** The widgets' names. A widget added later shows its tag until it is named here. */
const ELEMENTS: Record<UiLang, Record<string, string>> = {
  en: {
    'cm-featured-story': 'Featured story',
    'cm-quote-rotator': 'Mayors’ quotes',
    'cm-webinar-card': 'Webinar',
    'cm-ideas-index': 'Index of good ideas',
    'cm-ideas-map': 'Map of good ideas',
  },
  fr: {
    'cm-featured-story': 'Article à la une',
    'cm-quote-rotator': 'Citations de maires',
    'cm-webinar-card': 'Webinaire',
    'cm-ideas-index': 'Index des bonnes idées',
    'cm-ideas-map': 'Carte des bonnes idées',
  },
};

/**
 * The attributes' labels. An attribute added later shows its JSDoc from
 * custom-elements.json (in English) until it is named here.
 */
const ATTRIBUTES: Record<UiLang, Record<string, string>> = {
  en: {
    heading: 'Title',
    summary: 'Summary',
    href: 'Link to the full page',
    kicker: 'Line above the title (default: “Featured Story”, translated)',
    image: 'Image URL',
    'image-alt': 'Image description (empty: decorative)',
    video: 'YouTube or Vimeo URL (nothing loads from it until the visitor presses play)',
    poster: 'Poster image URL, from your own site',
    date: 'Date and time, ISO 8601 with the offset (2027-03-18T12:00:00-04:00)',
    duration: 'Duration in minutes',
    speakers: 'Speakers, as JSON: [{"name": "…", "role": "…", "organization": "…"}]',
    kind: 'Kind',
    'heading-level': 'Heading level in your page',
    timeout: 'Milliseconds to wait for the feed',
    autoplay: 'Rotate automatically (visitors can stop it; never under reduced motion)',
    interval: 'Milliseconds per quote',
    label: 'Accessible name (default: translated)',
    index: 'First quote shown, from 0',
    query: 'Initial search',
    theme: 'Initial theme filter',
    country: 'Initial country filter',
    city: 'Initial city filter',
    'sync-url': 'Keep the search in the page address (one such index per page)',
    'page-size': 'Results per page',
    for: 'Id of the ideas index this map follows',
  },
  fr: {
    heading: 'Titre',
    summary: 'Résumé',
    href: 'Lien vers la page complète',
    kicker: 'Ligne au-dessus du titre (par défaut : « À la une », traduit)',
    image: 'URL de l’image',
    'image-alt': 'Description de l’image (vide : décorative)',
    video: 'URL YouTube ou Vimeo (rien n’en est chargé avant que le visiteur appuie sur lecture)',
    poster: 'URL de l’image d’affiche, de votre propre site',
    date: 'Date et heure, ISO 8601 avec le décalage (2027-03-18T12:00:00-04:00)',
    duration: 'Durée en minutes',
    speakers: 'Intervenants, en JSON : [{"name": "…", "role": "…", "organization": "…"}]',
    kind: 'Type',
    'heading-level': 'Niveau de titre dans votre page',
    timeout: 'Millisecondes d’attente du flux',
    autoplay: 'Défilement automatique (le visiteur peut l’arrêter ; jamais en mouvement réduit)',
    interval: 'Millisecondes par citation',
    label: 'Nom accessible (par défaut : traduit)',
    index: 'Première citation affichée, à partir de 0',
    query: 'Recherche initiale',
    theme: 'Filtre de thème initial',
    country: 'Filtre de pays initial',
    city: 'Filtre de ville initial',
    'sync-url': 'Garder la recherche dans l’adresse de la page (un seul index de ce genre par page)',
    'page-size': 'Résultats par page',
    for: 'Identifiant de l’index des idées que cette carte suit',
  },
};

/** The theme tokens' labels. */
const TOKENS: Record<UiLang, Record<string, string>> = {
  en: {
    '--cm-font-family': 'Font',
    '--cm-color-text': 'Text colour',
    '--cm-color-muted': 'Muted text colour (dates, roles)',
    '--cm-color-accent': 'Accent colour (links, buttons)',
    '--cm-color-surface': 'Card background',
    '--cm-color-border': 'Border colour',
    '--cm-radius': 'Corner radius',
    '--cm-space': 'Inner spacing',
    '--cm-focus-ring': 'Focus outline',
  },
  fr: {
    '--cm-font-family': 'Police',
    '--cm-color-text': 'Couleur du texte',
    '--cm-color-muted': 'Couleur du texte atténué (dates, fonctions)',
    '--cm-color-accent': 'Couleur d’accent (liens, boutons)',
    '--cm-color-surface': 'Fond des fiches',
    '--cm-color-border': 'Couleur des bordures',
    '--cm-radius': 'Arrondi des coins',
    '--cm-space': 'Espacement intérieur',
    '--cm-focus-ring': 'Contour du focus',
  },
};

/** The builder's language: the `lang` of the page, if it is one we have, else English. */
export const uiLang = (tag: string): UiLang => (tag.toLowerCase().startsWith('fr') ? 'fr' : 'en');

/** A text in `lang`, its `{placeholders}` filled. */
export const t = (lang: UiLang, key: Key, values: Record<string, string | number> = {}) =>
  TABLES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

export const elementName = (lang: UiLang, tag: string) => ELEMENTS[lang][tag] ?? `<${tag}>`;
export const attributeLabel = (lang: UiLang, name: string, description?: string) =>
  ATTRIBUTES[lang][name] ?? description?.split('\n')[0] ?? name;
export const tokenLabel = (lang: UiLang, name: string, description?: string) =>
  TOKENS[lang][name] ?? description ?? name;
