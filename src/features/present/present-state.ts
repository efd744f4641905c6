/** What a key does in present mode, in the conventions of reveal.js, PowerPoint and clickers. */
export type PresentAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'go'; index: number }
  | { type: 'digit'; digit: string }
  | { type: 'enter' }
  | { type: 'open-jump' }
  | { type: 'close-jump' }
  | { type: 'blank'; colour: Blank }
  | { type: 'overview' }
  | { type: 'help' }
  | { type: 'escape' }
  | { type: 'fullscreen' }
  | { type: 'presenter' }
  /** Any key on a blank screen: back to the slide, and nothing else. */
  | { type: 'resume' }
  /** A key that must do nothing at all while presenting, such as F5 (reload). */
  | { type: 'swallow' };

export type Blank = 'black' | 'white';

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

const KEYS: Record<string, PresentAction> = {
  ArrowRight: { type: 'next' },
  ArrowDown: { type: 'next' },
  PageDown: { type: 'next' },
  n: { type: 'next' },
  ArrowLeft: { type: 'previous' },
  ArrowUp: { type: 'previous' },
  PageUp: { type: 'previous' },
  p: { type: 'previous' },
  Backspace: { type: 'previous' },
  Home: { type: 'first' },
  End: { type: 'last' },
  g: { type: 'open-jump' },
  Enter: { type: 'enter' },
  b: { type: 'blank', colour: 'black' },
  '.': { type: 'blank', colour: 'black' },
  w: { type: 'blank', colour: 'white' },
  ',': { type: 'blank', colour: 'white' },
  o: { type: 'overview' },
  '?': { type: 'help' },
  F1: { type: 'help' },
  Escape: { type: 'escape' },
  f: { type: 'fullscreen' },
  s: { type: 'presenter' },
  F5: { type: 'swallow' },
};

/**
 * The action of a key press, or null for keys present mode leaves to the browser: any key
 * with Ctrl, Alt or Cmd (Ctrl+P still prints), and keys it has no use for.
 * `presentAction({ key: 'PageDown', … })` is `{ type: 'next' }`.
 */
export function presentAction(press: KeyPress): PresentAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  if (press.key === ' ') return { type: press.shiftKey ? 'previous' : 'next' };
  if (/^[0-9]$/.test(press.key)) return { type: 'digit', digit: press.key };
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return KEYS[key] ?? null;
}

export interface PresentState {
  /** The slide shown: 0 is the title slide, then one slide an event. */
  index: number;
  count: number;
  blank: Blank | null;
  overview: boolean;
  help: boolean;
  jump: boolean;
  /** Digits typed so far for a jump: "1", "2", then Enter goes to slide 12. */
  digits: string;
}

export function initialPresentState(count: number, index = 0): PresentState {
  return { index, count, blank: null, overview: false, help: false, jump: false, digits: '' };
}

const clamp = (index: number, count: number) => Math.min(Math.max(index, 0), count - 1);

/**
 * The state after an action. A blank screen takes any key back to the slide, and only that;
 * the overview and the list of keys take only what closes them.
 */
export function presentReducer(state: PresentState, action: PresentAction): PresentState {
  if (state.blank !== null) return { ...state, blank: null, digits: '' };
  if (state.help) return closes(action, 'help') ? { ...state, help: false } : state;
  if (state.overview) {
    if (action.type === 'go')
      return { ...state, overview: false, index: clamp(action.index, state.count) };
    return closes(action, 'overview') ? { ...state, overview: false } : state;
  }
  const at = (index: number): PresentState => ({
    ...state,
    index: clamp(index, state.count),
    digits: '',
    jump: false,
  });
  switch (action.type) {
    case 'next':
      return at(state.index + 1);
    case 'previous':
      return at(state.index - 1);
    case 'first':
      return at(0);
    case 'last':
      return at(state.count - 1);
    case 'go':
      return at(action.index);
    case 'digit':
      return { ...state, digits: (state.digits + action.digit).slice(-4) };
    case 'enter':
      return state.digits === '' ? at(state.index + 1) : at(Number(state.digits));
    case 'open-jump':
      return { ...state, jump: true, digits: '' };
    case 'close-jump':
      return { ...state, jump: false };
    case 'blank':
      return { ...state, blank: action.colour, digits: '' };
    case 'overview':
      return { ...state, overview: true, digits: '' };
    case 'help':
      return { ...state, help: true, digits: '' };
    case 'escape':
      return state.digits === '' && !state.jump ? state : { ...state, digits: '', jump: false };
    default:
      return state;
  }
}

function closes(action: PresentAction, what: 'help' | 'overview'): boolean {
  return action.type === 'escape' || action.type === what;
}
