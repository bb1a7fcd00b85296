
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's014c51a5ff77e249': `Toutes les régions`,
's0382d73823585617': str`${0} : ${1}`,
's038c1c105df837c6': `Aucune idée à afficher.`,
's052403aa72f58906': `Tous les pays`,
's0f0519da632f40ee': `Tous les thèmes`,
's1b620e51708bd4dd': `Ajouter au calendrier`,
's2176770969da5882': `Intervenant`,
's218be4be8516f26a': `Le contenu met trop de temps à se charger.`,
's23221dafb72eacad': str`Intervenants : ${0}`,
's2a468060476270e8': `Ce contenu ne peut pas être affiché : certaines informations manquent ou ne sont pas valides.`,
's2c8189544e3ea679': `Réessayer`,
's3606b9d856cdbafe': `Trier par`,
's37a9e8aec5713460': `Lire la suite`,
's43f2ee8c0f361b22': `Démarrer la rotation automatique`,
's4627a9667a335f23': `À venir`,
's4b6e03783322376c': `Citation suivante`,
's4cb774d721d72a02': `Rechercher dans les idées`,
's4cf27cb9ed0fe188': `Lire la vidéo`,
's55fa598b754cc3cc': str`${0} (${1})`,
's56bfcc7bcde39e46': str`« ${0} »`,
's5d929ff1619ac0c9': `Recherche`,
's600f7b9e713936eb': `Thèmes :`,
's672ac631f97bbd8c': `Citation précédente`,
's67449e3004dcd809': str`${0} idées`,
's6ebc9bd6feae62a3': `Chargement…`,
's7b1c370a1fd812ea': `Parcourir les archives`,
's820e73d1f773be71': `Vidéos archivées`,
's8b8788791ce7dbd5': str`La vidéo sera chargée depuis ${0} lorsque vous lancerez la lecture.`,
's8f3dafba114e9f14': `Arrêter la rotation automatique`,
's9cf7402fe920f7d1': `Pays`,
'sa0b8d2428acc24f4': str`Lire la vidéo : ${0}`,
'sa38bce02815b6c8d': `Webinaire à la une`,
'sa3d8d996af7f073a': str`Le contenu n’a pas pu être chargé (erreur ${0}).`,
'sa44b30b875dfc5b6': `L’élément demandé ne figure pas dans le flux.`,
'saab875d8cfcfe712': `Thème`,
'saf30fc1eade20268': `Pertinence`,
'sb04cf41e36c8572c': `Citations`,
'sb2b44de8a70ae954': str`${0} sur ${1}`,
'sb2c57b2d347203dd': `Afficher plus`,
'sb51270e19988f9bd': `Région`,
'sb6a535fede052183': `Intervenants`,
'sba2a0427963d1a25': `Plus récentes d’abord`,
'sbd5249fd1faa156c': `Aucune idée ne correspond à votre recherche.`,
'sc04e06711b2687a8': `Le contenu n’a pas pu être lu.`,
'sc443c8ee41bbb886': `À la une`,
'sc7d71141da5ab60e': `Vidéo de webinaire`,
'scfa63b74f3c0a838': `Regarder la vidéo`,
'sd4b1d26ba7abc506': `diapositive`,
'sdbf442a4b327ffd0': `Le contenu n’a pas pu être chargé. Vérifiez votre connexion et réessayez.`,
'sdd0e518568e556b8': `Titre (A–Z)`,
'sddaeebd037bba1f3': `carrousel`,
'se157d2db9f7f0920': str`${0} idée`,
'se253299d8c90f409': `Effacer les filtres`,
'se32ddb0a9cd4181d': str`${0} sur ${1} affichées`,
'sf3477192cd5b48d0': `À propos de ce webinaire`,
    };
  