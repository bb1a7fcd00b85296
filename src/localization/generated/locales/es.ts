
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'ideas-count-few': `{count} ideas`,
'ideas-count-many': `{count} ideas`,
'ideas-count-one': `{count} idea`,
'ideas-count-other': `{count} ideas`,
'ideas-count-two': `{count} ideas`,
'ideas-count-zero': `{count} ideas`,
'message-about': str`${0}: ${1}`,
's00f3e33870467af0': `Buenas ideas`,
's038c1c105df837c6': `No hay ideas para mostrar.`,
's052403aa72f58906': `Todos los países`,
's0f0519da632f40ee': `Todos los temas`,
's12b0e7d3c5698a08': `Por ahora no hay nada que mostrar.`,
's1b620e51708bd4dd': `Agregar al calendario`,
's218be4be8516f26a': `El contenido tarda demasiado en cargarse.`,
's23221dafb72eacad': str`Ponentes: ${0}`,
's2a468060476270e8': `Este contenido no se puede mostrar: falta información o no es válida.`,
's2c8189544e3ea679': `Reintentar`,
's37a9e8aec5713460': `Leer más`,
's43f2ee8c0f361b22': `Iniciar la rotación automática`,
's4627a9667a335f23': `Próximamente`,
's4b6e03783322376c': `Cita siguiente`,
's4cb774d721d72a02': `Buscar ideas`,
's4cf27cb9ed0fe188': `Reproducir video`,
's55fa598b754cc3cc': str`${0} (${1})`,
's600f7b9e713936eb': `Temas:`,
's642a4070f6bcfee2': `Contenido`,
's672ac631f97bbd8c': `Cita anterior`,
's6ebc9bd6feae62a3': `Cargando…`,
's7b1c370a1fd812ea': `Explorar el archivo`,
's820e73d1f773be71': `Videos archivados`,
's8b8788791ce7dbd5': str`El video se cargará desde ${0} cuando inicie la reproducción.`,
's8f3dafba114e9f14': `Detener la rotación automática`,
's9cf7402fe920f7d1': `País`,
'sa38bce02815b6c8d': `Seminario web destacado`,
'sa3d8d996af7f073a': str`No se pudo cargar el contenido (error ${0}).`,
'sa44b30b875dfc5b6': `El elemento solicitado no está en la fuente de contenido.`,
'saab875d8cfcfe712': `Tema`,
'sb04cf41e36c8572c': `Citas`,
'sb2b44de8a70ae954': str`${0} de ${1}`,
'sb2c57b2d347203dd': `Mostrar más`,
'sbd5249fd1faa156c': `Ninguna idea coincide con su búsqueda.`,
'sc04e06711b2687a8': `No se pudo leer el contenido.`,
'sc443c8ee41bbb886': `Historia destacada`,
'sc7d71141da5ab60e': `Video del seminario web`,
'scfa63b74f3c0a838': `Ver el video`,
'sd4b1d26ba7abc506': `diapositiva`,
'sdbf442a4b327ffd0': `No se pudo cargar el contenido. Compruebe su conexión e inténtelo de nuevo.`,
'sddaeebd037bba1f3': `carrusel`,
'se253299d8c90f409': `Borrar filtros`,
'se32ddb0a9cd4181d': str`Se muestran ${0} de ${1}`,
'separator': `, `,
'sf3477192cd5b48d0': `Acerca de este seminario web`,
'sf9f340239312273d': `Quitar el filtro de ciudad`,
'speakers-label-one': `Ponente`,
'speakers-label-other': `Ponentes`,
'speakers-label-two': `Ponentes`,
    };
  