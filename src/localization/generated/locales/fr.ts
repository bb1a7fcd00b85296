
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'ideas-count-few': `{count} idées`,
'ideas-count-many': `{count} idées`,
'ideas-count-one': `{count} idée`,
'ideas-count-other': `{count} idées`,
'ideas-count-two': `{count} idées`,
'ideas-count-zero': `{count} idée`,
'message-about': str`${0} : ${1}`,
's00f3e33870467af0': `Bonnes idées`,
's038c1c105df837c6': `Aucune idée à afficher.`,
's052403aa72f58906': `Tous les pays`,
's0f0519da632f40ee': `Tous les thèmes`,
's12b0e7d3c5698a08': `Il n’y a rien à afficher pour le moment.`,
's1b620e51708bd4dd': `Ajouter au calendrier`,
's218be4be8516f26a': `Le contenu met trop de temps à se charger.`,
's23221dafb72eacad': str`Intervenants : ${0}`,
's2a468060476270e8': `Ce contenu ne peut pas être affiché : certaines informations manquent ou ne sont pas valides.`,
's2c8189544e3ea679': `Réessayer`,
's37a9e8aec5713460': `Lire la suite`,
's43f2ee8c0f361b22': `Démarrer la rotation automatique`,
's4627a9667a335f23': `À venir`,
's4b6e03783322376c': `Citation suivante`,
's4cb774d721d72a02': `Rechercher dans les idées`,
's4cf27cb9ed0fe188': `Lire la vidéo`,
's55fa598b754cc3cc': str`${0} (${1})`,
's600f7b9e713936eb': `Thèmes :`,
's642a4070f6bcfee2': `Contenu`,
's672ac631f97bbd8c': `Citation précédente`,
's6ebc9bd6feae62a3': `Chargement…`,
's7b1c370a1fd812ea': `Parcourir les archives`,
's820e73d1f773be71': `Vidéos archivées`,
's8b8788791ce7dbd5': str`La vidéo sera chargée depuis ${0} lorsque vous lancerez la lecture.`,
's8f3dafba114e9f14': `Arrêter la rotation automatique`,
's9cf7402fe920f7d1': `Pays`,
'sa38bce02815b6c8d': `Webinaire à la une`,
'sa3d8d996af7f073a': str`Le contenu n’a pas pu être chargé (erreur ${0}).`,
'sa44b30b875dfc5b6': `L’élément demandé ne figure pas dans le flux.`,
'saab875d8cfcfe712': `Thème`,
'sb04cf41e36c8572c': `Citations`,
'sb2b44de8a70ae954': str`${0} sur ${1}`,
'sb2c57b2d347203dd': `Afficher plus`,
'sbd5249fd1faa156c': `Aucune idée ne correspond à votre recherche.`,
'sc04e06711b2687a8': `Le contenu n’a pas pu être lu.`,
'sc443c8ee41bbb886': `À la une`,
'sc7d71141da5ab60e': `Vidéo de webinaire`,
'scfa63b74f3c0a838': `Regarder la vidéo`,
'sd4b1d26ba7abc506': `diapositive`,
'sdbf442a4b327ffd0': `Le contenu n’a pas pu être chargé. Vérifiez votre connexion et réessayez.`,
'sddaeebd037bba1f3': `carrousel`,
'se253299d8c90f409': `Effacer les filtres`,
'se32ddb0a9cd4181d': str`${0} idées affichées sur ${1}`,
'separator': `, `,
'sf3477192cd5b48d0': `À propos de ce webinaire`,
'sf9f340239312273d': `Retirer le filtre de ville`,
'speakers-label-one': `Intervenant`,
'speakers-label-other': `Intervenants`,
'speakers-label-two': `Intervenants`,
    };
  