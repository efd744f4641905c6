import type { EventKind, EventStatus, PartOfDay } from '../../domain/event-schema.ts';
import { formatCount, formatMegabytes } from '../../domain/intl-cache.ts';

/**
 * Every string the interface shows in English. Other languages give the same keys; the type
 * `Messages` makes a missing one a compile error.
 */
export const en = {
  /** The BCP 47 tag dates and numbers are formatted with. */
  locale: 'en',
  languageName: 'English',
  appName: 'Newsline',
  loadingStory: 'Loading the story…',
  /** Beside the loading state, while a large story file arrives. */
  receivedMegabytes: (megabytes: number) => `${formatMegabytes(megabytes, 'en')} received`,
  storyErrorTitle: 'This story could not be shown',
  storyErrorNetwork: (url: string) =>
    `The story file at ${url} could not be reached: the connection may be down, or its server does not let other sites read it (CORS).`,
  storyErrorTooLarge: (url: string, megabytes: number) =>
    `The story file at ${url} is larger than ${megabytes} MB, the most Newsline reads.`,
  storyErrorNotFound: (url: string) => `There is no story file at ${url}.`,
  storyErrorHttp: (url: string, status: number) =>
    `The server answered ${status} when asked for the story file at ${url}.`,
  storyErrorFormat: (url: string, count: number) =>
    count === 1
      ? `The story file at ${url} has a problem:`
      : `The story file at ${url} has ${formatCount(count, 'en')} problems:`,
  storyWarnings: (count: number) =>
    count === 1
      ? 'The story file has 1 warning'
      : `The story file has ${formatCount(count, 'en')} warnings`,
  /** After the first of a long list of problems or warnings. */
  moreProblems: (count: number) => `…and ${formatCount(count, 'en')} more`,
  storyErrorUnknown: 'Something went wrong while reading the story.',
  retry: 'Try again',
  crashTitle: 'Newsline stopped working',
  crashMessage:
    'Something went wrong while showing this story. Reloading the page usually helps; the story file itself is unchanged.',
  reload: 'Reload the page',
  offline:
    'You are offline. What is already loaded still works; links to sources need a connection.',
  waitingForConnection: 'You are offline: the story will load as soon as the connection is back.',
  storyErrorOffline: (url: string) =>
    `The story file at ${url} could not be loaded because you are offline. It will load by itself when the connection is back.`,
  regionFailedTitle: (region: string) => `${region} could not be shown`,
  regionFailedMessage:
    'Something in this story broke this part of the page. The rest of the page still works.',
  timelineRegion: 'The timeline',
  listRegion: 'The list of events',
  panelRegion: 'This event',
  showListInstead: 'Show the list instead',
  unknownEvent: (id: string) => `This story has no event “${id}”; showing the whole story.`,

  timelineLabel: (title: string) => `Timeline: ${title}`,
  timelineHelp:
    'Left and Right move between events, Home and End go to the first and last, Enter opens one. Drag to move along the timeline; the wheel, a pinch, the buttons or + and - zoom.',
  timelineHelpEmbedded:
    'Left and Right move between events, Home and End go to the first and last, Enter opens one. Drag to move along the timeline; Ctrl + wheel, a pinch, the buttons or + and - zoom.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  showWholeStory: 'Show the whole story',
  showing: (range: string) => `Showing ${range}`,
  otherLane: 'Other',
  eventCountName: (count: number, when: string) =>
    `${formatCount(count, 'en')} events, ${when}. Choose to zoom in on them.`,

  settingsLabel: 'View settings',
  viewLabel: 'Show the story as',
  viewTimeline: 'Timeline',
  viewList: 'List',
  languageLabel: 'Language',
  axisZoneLabel: 'Times on the axis',
  axisZoneReader: (zone: string) => `Your time zone (${zone})`,
  axisZoneUtc: 'UTC',
  axisZoneStory: (zone: string) => `The story's time zone (${zone})`,
  findEvents: 'Find events',
  eventsFound: (found: number, total: number) =>
    `${formatCount(found, 'en')} of ${formatCount(total, 'en')} events match`,
  noEventsFound: (query: string) => `No event matches “${query}”`,
  eventListLabel: (title: string) => `Events: ${title}`,
  showDetails: 'Details',
  detailsOf: (title: string) => `Details: ${title}`,
  openedEvent: (title: string, date: string) => `Opened: ${title}, ${date}`,
  closedEvent: 'Event closed',

  share: 'Share or embed',
  shareTitle: 'Share or embed this timeline',
  startAt: 'Start at',
  wholeStory: 'The whole story',
  lanesLabel: 'Lanes to show',
  themeLabel: 'Theme',
  themeAuto: 'The reader’s setting',
  themeLight: 'Light',
  themeDark: 'Dark',
  heightLabel: 'Height',
  heightAuto: 'Fits its content',
  heightFixed: 'Fixed, in pixels',
  showTitle: 'Show the title',
  preview: 'Preview',
  embedCode: 'Embed code',
  copyEmbed: 'Copy the embed code',
  shareLink: 'Link to the timeline',
  copyLink: 'Copy the link',
  copied: 'Copied.',
  copyFailed: 'Copying is not allowed here: select the text and copy it.',
  sourcesCredit: (publishers: string[]) => `Sources: ${publishers.join(', ')}`,
  openFullTimeline: 'Open the full timeline',
  linkCannotOpen: 'This page cannot open links in a new tab. Copy the address:',
  linkAddress: 'Link address',
  closeLink: 'Close',

  closePanel: 'Close',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  eventPosition: (position: number, total: number) => `Event ${position} of ${total}`,
  whenHeading: 'When',
  whereHeading: 'Where',
  timeZoneOfPlace: (zone: string) => `Local time zone: ${zone}`,
  noTimeOfDay: 'Time of day not known',
  inYourTimeZone: (time: string, zone: string) => `${time} in your time zone (${zone})`,
  eventNavigation: 'Events in time order',
  approximateDate: (label: string) => `Approximate: ${label}`,
  participantsHeading: 'Who',
  quotesHeading: 'Quotes',
  unattributedQuote: 'Speaker not given',
  translationLabel: (language: string) => `Translation from ${language}:`,
  /** Quotation marks as this language writes them. */
  quoted: (text: string) => `“${text}”`,
  accountsHeading: 'Accounts differ',
  accountsIntro: 'The sources do not agree. Each account is shown with its source.',
  sourcesHeading: 'Sources',
  sourceWithoutLink: 'No link available',
  opensInNewTab: '(opens in a new tab)',
  accordingTo: 'According to',
  speakerNotesHeading: 'Notes for presenters',
  playVideo: (site: string) => `Play the video (loads from ${site})`,
  videoTitle: (title: string) => `Video: ${title}`,
  viewMedia: 'View the media',

  present: 'Present',
  presentationLabel: (title: string) => `Presentation: ${title}`,
  carousel: 'slides',
  slide: 'slide',
  titleSlide: 'Title slide',
  slidePosition: (position: number, total: number) => `${position} of ${total}`,
  slideProgress: (position: number, total: number) => `${position} / ${total}`,
  slideShown: (label: string, title: string) => `${label}: ${title}`,
  eventCount: (count: number) => (count === 1 ? '1 event' : `${formatCount(count, 'en')} events`),
  presentControls: 'Presentation controls',
  previousSlide: 'Previous slide',
  nextSlide: 'Next slide',
  overview: 'Overview',
  overviewTitle: 'The whole story: choose an event to go to it',
  closeOverview: 'Back to the slide',
  fullScreen: 'Full screen',
  presenterView: 'Presenter view',
  showKeys: 'Keys',
  leavePresentation: 'Leave present mode',
  keysTitle: 'Keys while presenting',
  keyList: [
    ['→ ↓ Space Page Down N Enter', 'next slide'],
    ['← ↑ Shift+Space Page Up P Backspace', 'previous slide'],
    ['Home / End', 'title slide / last event'],
    ['G, or a number then Enter', 'go to that event'],
    ['B or .', 'black screen (any key goes on)'],
    ['W or ,', 'white screen (any key goes on)'],
    ['O', 'overview of the whole story'],
    ['F', 'full screen on and off'],
    ['S', 'presenter view in a second window'],
    ['?', 'this list'],
    ['Esc', 'close the overview or this list, then leave present mode'],
  ] as [string, string][],
  closeKeys: 'Close',
  jumpLabel: (last: number) => `Go to event (1–${last}, 0 for the title)`,
  jumpGo: 'Go',
  blankScreen: 'The screen is blank. Press any key to go on.',
  presenterBlocked:
    'The browser blocked the presenter window: allow pop-ups for this site, then press S again.',
  presenterTitle: (title: string) => `Presenter view: ${title}`,
  nowShowing: 'Now showing',
  upNext: 'Next',
  endOfStory: 'The end of the story',
  noNotes: 'No notes for this slide.',
  clock: 'Time',
  elapsed: 'Elapsed',
  restartTimer: 'Restart the timer',

  handoutLiveTimeline: 'The live timeline',
  handoutQrCode: (url: string) => `QR code for ${url}`,
  handoutFirstEvents: (shown: number, total: number) =>
    `The first ${formatCount(shown, 'en')} of ${formatCount(total, 'en')} events; the live timeline has them all.`,
  handoutEvents: 'Events',

  kinds: {
    call: 'Call',
    visit: 'Visit',
    meeting: 'Meeting',
    statement: 'Statement',
    interview: 'Interview',
    announcement: 'Announcement',
    agreement: 'Agreement',
    conference: 'Conference',
    report: 'Report',
    other: 'Event',
  } satisfies Record<EventKind, string>,
  statuses: {
    scheduled: 'Scheduled',
    happened: 'Happened',
    cancelled: 'Cancelled',
  } satisfies Record<EventStatus, string>,
  partsOfDay: {
    'early-morning': 'early morning',
    morning: 'morning',
    afternoon: 'afternoon',
    evening: 'evening',
    night: 'night',
  } satisfies Record<PartOfDay, string>,
};

export type Messages = typeof en;
