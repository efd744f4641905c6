import { describe, expect, test } from 'vitest';
import {
  initialPresentState,
  presentAction,
  presentReducer,
  type KeyPress,
  type PresentState,
} from './present-state.ts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...extra,
});

function afterKeys(keys: (string | KeyPress)[], state = initialPresentState(11)): PresentState {
  return keys.reduce((current, key) => {
    const action = presentAction(typeof key === 'string' ? press(key) : key);
    return action === null ? current : presentReducer(current, action);
  }, state);
}

describe('the keys presenters already know', () => {
  test.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N', 'Enter'])(
    '%j goes on',
    (key) => {
      expect(afterKeys([key]).index).toBe(1);
    },
  );

  test.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P', 'Backspace'])('%j goes back', (key) => {
    expect(afterKeys([key], initialPresentState(11, 5)).index).toBe(4);
  });

  test('Shift+Space goes back; Home and End go to the title and the last event', () => {
    expect(afterKeys([press(' ', { shiftKey: true })], initialPresentState(11, 5)).index).toBe(4);
    expect(afterKeys(['End']).index).toBe(10);
    expect(afterKeys(['End', 'Home']).index).toBe(0);
  });

  test('stops at the ends instead of wrapping round', () => {
    expect(afterKeys(['PageUp']).index).toBe(0);
    expect(afterKeys(['End', 'PageDown', 'PageDown']).index).toBe(10);
  });

  test('digits and Enter jump to that event; G opens the jump box', () => {
    expect(afterKeys(['7', 'Enter']).index).toBe(7);
    expect(afterKeys(['1', '0', 'Enter']).index).toBe(10);
    expect(afterKeys(['9', '9', 'Enter']).index).toBe(10);
    expect(afterKeys(['g']).jump).toBe(true);
    expect(afterKeys(['4', 'Escape', 'Enter']).index).toBe(1);
  });

  test('B and . blank the screen black, W and , white; any key then only resumes', () => {
    expect(afterKeys(['b']).blank).toBe('black');
    expect(afterKeys(['.']).blank).toBe('black');
    expect(afterKeys(['W']).blank).toBe('white');
    expect(afterKeys([',']).blank).toBe('white');
    const resumed = afterKeys(['PageDown', 'b', 'PageDown']);
    expect(resumed).toMatchObject({ blank: null, index: 1 });
  });

  test('the overview and the list of keys hold every key but the ones that close them', () => {
    expect(afterKeys(['o', 'PageDown'])).toMatchObject({ overview: true, index: 0 });
    expect(afterKeys(['o', 'Escape']).overview).toBe(false);
    expect(afterKeys(['o', 'o']).overview).toBe(false);
    expect(afterKeys(['?', 'PageDown'])).toMatchObject({ help: true, index: 0 });
    expect(afterKeys(['?', '?']).help).toBe(false);
  });

  test('choosing an event in the overview goes to it and closes the overview', () => {
    const overview = afterKeys(['o']);
    expect(presentReducer(overview, { type: 'go', index: 3 })).toMatchObject({
      overview: false,
      index: 3,
    });
  });

  test('F5 is swallowed; keys with Ctrl, Alt or Cmd stay the browser’s', () => {
    expect(presentAction(press('F5'))).toEqual({ type: 'swallow' });
    expect(presentAction(press('p', { ctrlKey: true }))).toBeNull();
    expect(presentAction(press('ArrowRight', { altKey: true }))).toBeNull();
    expect(presentAction(press('f', { metaKey: true }))).toBeNull();
    expect(presentAction(press('Tab'))).toBeNull();
  });

  test('F, S and O are full screen, the presenter window and the overview', () => {
    expect(presentAction(press('F'))).toEqual({ type: 'fullscreen' });
    expect(presentAction(press('s'))).toEqual({ type: 'presenter' });
    expect(presentAction(press('O'))).toEqual({ type: 'overview' });
  });
});
