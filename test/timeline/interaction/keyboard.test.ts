import { describe, expect, it } from 'vitest';
import { commandForKey, moveInOrder } from '../../../src/timeline/interaction/keyboard.ts';

describe('keyboard', () => {
  it('maps keys to commands, and only Escape inside text fields', () => {
    expect(commandForKey('ArrowRight', { inTextField: false, onEvent: true })).toBe('next');
    expect(commandForKey('ArrowRight', { inTextField: false, onEvent: false })).toBe('panRight');
    expect(commandForKey('Enter', { inTextField: false, onEvent: true })).toBe('open');
    expect(commandForKey('Enter', { inTextField: false, onEvent: false })).toBeNull();
    expect(commandForKey('+', { inTextField: false, onEvent: false })).toBe('zoomIn');
    expect(commandForKey('+', { inTextField: true, onEvent: false })).toBeNull();
    expect(commandForKey('Escape', { inTextField: true, onEvent: false })).toBe('close');
  });

  it('moves in chronological order and clamps at the ends', () => {
    const order = [4, 2, 9];
    expect(moveInOrder(order, 2, 'next')).toBe(9);
    expect(moveInOrder(order, 9, 'next')).toBe(9);
    expect(moveInOrder(order, 4, 'previous')).toBe(4);
    expect(moveInOrder(order, 7, 'next')).toBe(4);
    expect(moveInOrder(order, 2, 'last')).toBe(9);
    expect(moveInOrder([], 2, 'first')).toBe(-1);
  });
});
