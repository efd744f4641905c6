import { formatCount, formatMegabytes } from '../../domain/intl-cache.ts';
import type { Messages } from './en.ts';

const plural = new Intl.PluralRules('uk');

/** Ukrainian: "1 проблема", "2 проблеми", "5 проблем". */
function counted(count: number, forms: Record<'one' | 'few' | 'many' | 'other', string>): string {
  return `${formatCount(count, 'uk')} ${forms[plural.select(count) as keyof typeof forms] ?? forms.other}`;
}

function events(count: number): string {
  return counted(count, { one: 'подія', few: 'події', many: 'подій', other: 'події' });
}

function problems(count: number): string {
  return counted(count, { one: 'проблема', few: 'проблеми', many: 'проблем', other: 'проблеми' });
}

export const uk: Messages = {
  locale: 'uk',
  languageName: 'Українська',
  appName: 'Newsline',
  loadingStory: 'Завантаження історії…',
  receivedMegabytes: (megabytes) => `Отримано ${formatMegabytes(megabytes, 'uk')}`,
  storyErrorTitle: 'Цю історію не вдалося показати',
  storyErrorNetwork: (url) =>
    `Не вдалося отримати файл історії за адресою ${url}: можливо, немає з’єднання, або його сервер не дозволяє іншим сайтам читати файл (CORS).`,
  storyErrorTooLarge: (url, megabytes) =>
    `Файл історії за адресою ${url} більший за ${megabytes} МБ — це найбільше, що читає Newsline.`,
  storyErrorNotFound: (url) => `За адресою ${url} немає файлу історії.`,
  storyErrorHttp: (url, status) =>
    `Сервер відповів кодом ${status} на запит файлу історії за адресою ${url}.`,
  storyErrorFormat: (url, count) =>
    count === 1
      ? `У файлі історії за адресою ${url} є проблема:`
      : `У файлі історії за адресою ${url} ${problems(count)}:`,
  storyWarnings: (count) =>
    `У файлі історії ${counted(count, { one: 'попередження', few: 'попередження', many: 'попереджень', other: 'попередження' })}`,
  moreProblems: (count) => `…і ще ${formatCount(count, 'uk')}`,
  storyErrorUnknown: 'Під час читання історії сталася помилка.',
  retry: 'Спробувати ще раз',
  crashTitle: 'Newsline перестав працювати',
  crashMessage:
    'Під час показу цієї історії сталася помилка. Зазвичай допомагає перезавантажити сторінку; сам файл історії не змінено.',
  reload: 'Перезавантажити сторінку',
  offline: 'Ви офлайн. Те, що вже завантажено, працює; для посилань на джерела потрібне з’єднання.',
  waitingForConnection: 'Ви офлайн: історія завантажиться, щойно з’єднання відновиться.',
  storyErrorOffline: (url) =>
    `Файл історії за адресою ${url} не вдалося завантажити, бо ви офлайн. Він завантажиться сам, коли з’єднання відновиться.`,
  regionFailedTitle: (region) => `${region}: не вдалося показати`,
  regionFailedMessage: 'Щось у цій історії зламало цю частину сторінки. Решта сторінки працює.',
  timelineRegion: 'Хронологія',
  listRegion: 'Список подій',
  panelRegion: 'Ця подія',
  showListInstead: 'Показати список',
  unknownEvent: (id) => `У цій історії немає події «${id}»; показано всю історію.`,

  timelineLabel: (title) => `Хронологія: ${title}`,
  timelineHelp:
    'Стрілки вліво і вправо переходять між подіями, Home і End — до першої та останньої, Enter відкриває подію. Перетягуйте, щоб рухатися хронологією; масштаб змінюють коліщатко, щипок, кнопки або + і -.',
  timelineHelpEmbedded:
    'Стрілки вліво і вправо переходять між подіями, Home і End — до першої та останньої, Enter відкриває подію. Перетягуйте, щоб рухатися хронологією; масштаб змінюють Ctrl + коліщатко, щипок, кнопки або + і -.',
  zoomIn: 'Збільшити',
  zoomOut: 'Зменшити',
  showWholeStory: 'Показати всю історію',
  showing: (range) => `Показано: ${range}`,
  otherLane: 'Інше',
  eventCountName: (count, when) => `${events(count)}, ${when}. Виберіть, щоб наблизити їх.`,

  settingsLabel: 'Налаштування показу',
  viewLabel: 'Показати історію як',
  viewTimeline: 'Хронологію',
  viewList: 'Список',
  languageLabel: 'Мова',
  axisZoneLabel: 'Час на шкалі',
  axisZoneReader: (zone) => `Ваш часовий пояс (${zone})`,
  axisZoneUtc: 'UTC',
  axisZoneStory: (zone) => `Часовий пояс історії (${zone})`,
  findEvents: 'Знайти події',
  eventsFound: (found, total) => `Знайдено ${formatCount(found, 'uk')} з ${events(total)}`,
  noEventsFound: (query) => `Жодна подія не відповідає «${query}»`,
  eventListLabel: (title) => `Події: ${title}`,
  showDetails: 'Докладніше',
  detailsOf: (title) => `Докладніше: ${title}`,
  openedEvent: (title, date) => `Відкрито: ${title}, ${date}`,
  closedEvent: 'Подію закрито',

  share: 'Поділитися або вбудувати',
  shareTitle: 'Поділитися цією хронологією або вбудувати її',
  startAt: 'Почати з',
  wholeStory: 'Уся історія',
  lanesLabel: 'Які смуги показати',
  themeLabel: 'Тема',
  themeAuto: 'Як у налаштуваннях читача',
  themeLight: 'Світла',
  themeDark: 'Темна',
  heightLabel: 'Висота',
  heightAuto: 'За вмістом',
  heightFixed: 'Фіксована, у пікселях',
  showTitle: 'Показувати заголовок',
  preview: 'Попередній перегляд',
  embedCode: 'Код для вбудовування',
  copyEmbed: 'Скопіювати код',
  shareLink: 'Посилання на хронологію',
  copyLink: 'Скопіювати посилання',
  copied: 'Скопійовано.',
  copyFailed: 'Копіювання тут заборонене: виділіть текст і скопіюйте його.',
  sourcesCredit: (publishers) => `Джерела: ${publishers.join(', ')}`,
  openFullTimeline: 'Відкрити всю хронологію',
  linkCannotOpen: 'Ця сторінка не може відкривати посилання в новій вкладці. Скопіюйте адресу:',
  linkAddress: 'Адреса посилання',
  closeLink: 'Закрити',

  closePanel: 'Закрити',
  previousEvent: 'Попередня подія',
  nextEvent: 'Наступна подія',
  eventPosition: (position, total) => `Подія ${position} з ${total}`,
  whenHeading: 'Коли',
  whereHeading: 'Де',
  timeZoneOfPlace: (zone) => `Місцевий часовий пояс: ${zone}`,
  noTimeOfDay: 'Час доби невідомий',
  inYourTimeZone: (time, zone) => `${time} у вашому часовому поясі (${zone})`,
  eventNavigation: 'Події за часом',
  approximateDate: (label) => `Приблизно: ${label}`,
  participantsHeading: 'Хто',
  quotesHeading: 'Цитати',
  unattributedQuote: 'Автора не вказано',
  translationLabel: (language) => `Переклад (мова оригіналу: ${language}):`,
  quoted: (text) => `«${text}»`,
  accountsHeading: 'Версії розходяться',
  accountsIntro: 'Джерела не згодні між собою. Кожну версію подано з її джерелом.',
  sourcesHeading: 'Джерела',
  sourceWithoutLink: 'Посилання немає',
  opensInNewTab: '(відкривається в новій вкладці)',
  accordingTo: 'За даними',
  speakerNotesHeading: 'Нотатки для доповідача',
  playVideo: (site) => `Відтворити відео (завантажується з ${site})`,
  videoTitle: (title) => `Відео: ${title}`,
  viewMedia: 'Переглянути медіа',

  present: 'Показ',
  presentationLabel: (title) => `Презентація: ${title}`,
  carousel: 'слайди',
  slide: 'слайд',
  titleSlide: 'Титульний слайд',
  slidePosition: (position, total) => `${position} з ${total}`,
  slideProgress: (position, total) => `${position} / ${total}`,
  slideShown: (label, title) => `${label}: ${title}`,
  eventCount: (count) => events(count),
  presentControls: 'Керування показом',
  previousSlide: 'Попередній слайд',
  nextSlide: 'Наступний слайд',
  overview: 'Огляд',
  overviewTitle: 'Уся історія: виберіть подію, щоб перейти до неї',
  closeOverview: 'Назад до слайда',
  fullScreen: 'На весь екран',
  presenterView: 'Вікно доповідача',
  showKeys: 'Клавіші',
  leavePresentation: 'Вийти з показу',
  keysTitle: 'Клавіші під час показу',
  keyList: [
    ['→ ↓ Пробіл Page Down N Enter', 'наступний слайд'],
    ['← ↑ Shift+Пробіл Page Up P Backspace', 'попередній слайд'],
    ['Home / End', 'титульний слайд / остання подія'],
    ['G або номер і Enter', 'перейти до цієї події'],
    ['B або .', 'чорний екран (будь-яка клавіша — далі)'],
    ['W або ,', 'білий екран (будь-яка клавіша — далі)'],
    ['O', 'огляд усієї історії'],
    ['F', 'увімкнути й вимкнути повний екран'],
    ['S', 'вікно доповідача в другому вікні'],
    ['?', 'цей список'],
    ['Esc', 'закрити огляд чи цей список, потім вийти з показу'],
  ],
  closeKeys: 'Закрити',
  jumpLabel: (last) => `Перейти до події (1–${last}, 0 — титульний слайд)`,
  jumpGo: 'Перейти',
  blankScreen: 'Екран порожній. Натисніть будь-яку клавішу, щоб продовжити.',
  presenterBlocked:
    'Браузер заблокував вікно доповідача: дозвольте спливні вікна для цього сайту й натисніть S ще раз.',
  presenterTitle: (title) => `Вікно доповідача: ${title}`,
  nowShowing: 'Зараз на екрані',
  upNext: 'Далі',
  endOfStory: 'Кінець історії',
  noNotes: 'Для цього слайда нотаток немає.',
  clock: 'Час',
  elapsed: 'Минуло',
  restartTimer: 'Почати відлік заново',

  handoutLiveTimeline: 'Інтерактивна хронологія',
  handoutQrCode: (url) => `QR-код для ${url}`,
  handoutFirstEvents: (shown, total) =>
    `Перші ${formatCount(shown, 'uk')} з ${events(total)}; жива хронологія містить усі.`,
  handoutEvents: 'Події',

  kinds: {
    call: 'Телефонна розмова',
    visit: 'Візит',
    meeting: 'Зустріч',
    statement: 'Заява',
    interview: 'Інтерв’ю',
    announcement: 'Оголошення',
    agreement: 'Угода',
    conference: 'Конференція',
    report: 'Повідомлення',
    other: 'Подія',
  },
  statuses: {
    scheduled: 'Заплановано',
    happened: 'Відбулося',
    cancelled: 'Скасовано',
  },
  partsOfDay: {
    'early-morning': 'рано-вранці',
    morning: 'вранці',
    afternoon: 'по обіді',
    evening: 'увечері',
    night: 'уночі',
  },
};
