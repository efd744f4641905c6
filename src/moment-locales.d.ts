// moment ships its ES module locales without type declarations.
declare module 'moment/dist/locale/*';
