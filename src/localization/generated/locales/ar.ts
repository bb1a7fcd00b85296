
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'ideas-count-few': `{count} أفكار`,
'ideas-count-many': `{count} فكرة`,
'ideas-count-one': `فكرة واحدة`,
'ideas-count-other': `{count} فكرة`,
'ideas-count-two': `فكرتان`,
'ideas-count-zero': `لا توجد أفكار`,
's038c1c105df837c6': `لا توجد أفكار لعرضها.`,
's052403aa72f58906': `جميع البلدان`,
's0f0519da632f40ee': `جميع المواضيع`,
's12b0e7d3c5698a08': `لا يوجد ما يُعرض حاليًا.`,
's1b620e51708bd4dd': `إضافة إلى التقويم`,
's218be4be8516f26a': `يستغرق تحميل المحتوى وقتًا أطول من اللازم.`,
's23221dafb72eacad': str`المتحدثون: ${0}`,
's2a468060476270e8': `لا يمكن عرض هذا المحتوى: بعض معلوماته ناقصة أو غير صالحة.`,
's2c8189544e3ea679': `إعادة المحاولة`,
's37a9e8aec5713460': `اقرأ المزيد`,
's43f2ee8c0f361b22': `تشغيل التبديل التلقائي`,
's4627a9667a335f23': `قريبًا`,
's4b6e03783322376c': `الاقتباس التالي`,
's4cb774d721d72a02': `البحث في الأفكار`,
's4cf27cb9ed0fe188': `تشغيل الفيديو`,
's55fa598b754cc3cc': str`${0} (${1})`,
's600f7b9e713936eb': `المواضيع:`,
's672ac631f97bbd8c': `الاقتباس السابق`,
's6ebc9bd6feae62a3': `جارٍ التحميل…`,
's7b1c370a1fd812ea': `تصفّح الأرشيف`,
's820e73d1f773be71': `مقاطع الفيديو المؤرشفة`,
's8b8788791ce7dbd5': str`سيُحمَّل الفيديو من ${0} عند الضغط على زر التشغيل.`,
's8f3dafba114e9f14': `إيقاف التبديل التلقائي`,
's9cf7402fe920f7d1': `البلد`,
'sa38bce02815b6c8d': `ندوة إلكترونية مميزة`,
'sa3d8d996af7f073a': str`تعذّر تحميل المحتوى (الخطأ ${0}).`,
'sa44b30b875dfc5b6': `العنصر المطلوب غير موجود في مصدر المحتوى.`,
'saab875d8cfcfe712': `الموضوع`,
'sb04cf41e36c8572c': `اقتباسات`,
'sb2b44de8a70ae954': str`${0} من ${1}`,
'sb2c57b2d347203dd': `عرض المزيد`,
'sbd5249fd1faa156c': `لا توجد أفكار مطابقة للبحث.`,
'sc04e06711b2687a8': `تعذّرت قراءة المحتوى.`,
'sc443c8ee41bbb886': `قصة مميزة`,
'sc7d71141da5ab60e': `فيديو ندوة إلكترونية`,
'scfa63b74f3c0a838': `مشاهدة الفيديو`,
'sd4b1d26ba7abc506': `شريحة`,
'sdbf442a4b327ffd0': `تعذّر تحميل المحتوى. يُرجى التحقق من الاتصال والمحاولة مرة أخرى.`,
'sddaeebd037bba1f3': `عرض شرائح`,
'se253299d8c90f409': `مسح عوامل التصفية`,
'se32ddb0a9cd4181d': str`عرض ${0} من ${1}`,
'separator': `، `,
'sf3477192cd5b48d0': `عن هذه الندوة`,
'sf9f340239312273d': `إزالة تصفية المدينة`,
'speakers-label-one': `المتحدث`,
'speakers-label-other': `المتحدثون`,
'speakers-label-two': `المتحدثان`,
'message-about': str`${0}: ${1}`,
's642a4070f6bcfee2': `Content`,
's00f3e33870467af0': `Good ideas`,
    };
  