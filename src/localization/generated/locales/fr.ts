
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's218be4be8516f26a': `Le contenu met trop de temps à se charger.`,
's2a468060476270e8': `Ce contenu ne peut pas être affiché : certaines informations manquent ou ne sont pas valides.`,
's2c8189544e3ea679': `Réessayer`,
's37a9e8aec5713460': `Lire la suite`,
's6ebc9bd6feae62a3': `Chargement…`,
'sa3d8d996af7f073a': str`Le contenu n’a pas pu être chargé (erreur ${0}).`,
'sa44b30b875dfc5b6': `L’élément demandé ne figure pas dans le flux.`,
'sc04e06711b2687a8': `Le contenu n’a pas pu être lu.`,
'sc443c8ee41bbb886': `À la une`,
'sdbf442a4b327ffd0': `Le contenu n’a pas pu être chargé. Vérifiez votre connexion et réessayez.`,
    };
  