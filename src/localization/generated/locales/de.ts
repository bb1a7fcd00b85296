
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'ideas-count-few': `{count} Ideen`,
'ideas-count-many': `{count} Ideen`,
'ideas-count-one': `{count} Idee`,
'ideas-count-other': `{count} Ideen`,
'ideas-count-two': `{count} Ideen`,
'ideas-count-zero': `{count} Ideen`,
'message-about': str`${0}: ${1}`,
's00f3e33870467af0': `Gute Ideen`,
's038c1c105df837c6': `Es sind keine Ideen vorhanden.`,
's052403aa72f58906': `Alle Länder`,
's0f0519da632f40ee': `Alle Themen`,
's12b0e7d3c5698a08': `Derzeit gibt es nichts anzuzeigen.`,
's1b620e51708bd4dd': `Zum Kalender hinzufügen`,
's218be4be8516f26a': `Das Laden des Inhalts dauert zu lange.`,
's23221dafb72eacad': str`Referierende: ${0}`,
's2a468060476270e8': `Dieser Inhalt kann nicht angezeigt werden: Einige Angaben fehlen oder sind ungültig.`,
's2c8189544e3ea679': `Erneut versuchen`,
's37a9e8aec5713460': `Weiterlesen`,
's43f2ee8c0f361b22': `Automatischen Wechsel starten`,
's4627a9667a335f23': `Demnächst`,
's4b6e03783322376c': `Nächstes Zitat`,
's4cb774d721d72a02': `Ideen durchsuchen`,
's4cf27cb9ed0fe188': `Video abspielen`,
's55fa598b754cc3cc': str`${0} (${1})`,
's600f7b9e713936eb': `Themen:`,
's642a4070f6bcfee2': `Inhalt`,
's672ac631f97bbd8c': `Vorheriges Zitat`,
's6ebc9bd6feae62a3': `Wird geladen…`,
's7b1c370a1fd812ea': `Archiv ansehen`,
's820e73d1f773be71': `Archivierte Videos`,
's8b8788791ce7dbd5': str`Das Video wird von ${0} geladen, wenn Sie die Wiedergabe starten.`,
's8f3dafba114e9f14': `Automatischen Wechsel anhalten`,
's9cf7402fe920f7d1': `Land`,
'sa38bce02815b6c8d': `Empfohlenes Webinar`,
'sa3d8d996af7f073a': str`Der Inhalt konnte nicht geladen werden (Fehler ${0}).`,
'sa44b30b875dfc5b6': `Das angeforderte Element ist im Feed nicht enthalten.`,
'saab875d8cfcfe712': `Thema`,
'sb04cf41e36c8572c': `Zitate`,
'sb2b44de8a70ae954': str`${0} von ${1}`,
'sb2c57b2d347203dd': `Mehr anzeigen`,
'sbd5249fd1faa156c': `Keine Idee entspricht Ihrer Suche.`,
'sc04e06711b2687a8': `Der Inhalt konnte nicht gelesen werden.`,
'sc443c8ee41bbb886': `Empfohlener Beitrag`,
'sc7d71141da5ab60e': `Webinar-Video`,
'scfa63b74f3c0a838': `Video ansehen`,
'sd4b1d26ba7abc506': `Folie`,
'sdbf442a4b327ffd0': `Der Inhalt konnte nicht geladen werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.`,
'sddaeebd037bba1f3': `Karussell`,
'se253299d8c90f409': `Filter zurücksetzen`,
'se32ddb0a9cd4181d': str`${0} von ${1} angezeigt`,
'separator': `, `,
'sf3477192cd5b48d0': `Über dieses Webinar`,
'sf9f340239312273d': `Stadtfilter entfernen`,
'speakers-label-one': `Referent:in`,
'speakers-label-other': `Referierende`,
'speakers-label-two': `Referierende`,
    };
  