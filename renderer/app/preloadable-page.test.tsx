import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { preloadablePage } from './preloadable-page';
import { preloadPages, type Section } from './sections';

const Roster = () => <p>名册</p>;

describe('preloadablePage', () => {
  it('loads the code once, however often it is preloaded', async () => {
    let loads = 0;
    const Page = preloadablePage(async () => {
      loads += 1;
      return Roster;
    });
    await Promise.all([Page.preload(), Page.preload()]);
    await Page.preload();
    expect(loads).toBe(1);
  });

  it('renders at once, without suspending, once preloaded', async () => {
    const Page = preloadablePage(async () => Roster);
    // Not loaded yet: the page suspends, which a render without a Suspense boundary refuses.
    expect(() => renderToString(<Page />)).toThrow();
    await Page.preload();
    expect(renderToString(<Page />)).toBe('<p>名册</p>');
  });

  it('tries a failed load again', async () => {
    let attempt = 0;
    const Page = preloadablePage(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('chunk missing');
      return Roster;
    });
    await expect(Page.preload()).rejects.toThrow('chunk missing');
    await Page.preload();
    expect(renderToString(<Page />)).toBe('<p>名册</p>');
  });
});

describe('preloadPages', () => {
  it('preloads the pages one idle moment at a time, in order, and stops when asked', async () => {
    const order: string[] = [];
    const page = (name: string) =>
      preloadablePage(async () => {
        order.push(name);
        return Roster;
      });
    const sections: Section[] = [
      { key: 'home', label: 'nav.home', icon: null, page: Roster },
      { key: 'members', label: 'nav.members', icon: null, page: page('members') },
      { key: 'meetings', label: 'nav.meetings', icon: null, page: page('meetings') },
      { key: 'ledger', label: 'nav.ledger', icon: null, page: page('ledger') },
    ];
    const idle: (() => void)[] = [];
    const stop = preloadPages(sections, (then) => {
      idle.push(then);
      return () => idle.splice(idle.indexOf(then), 1);
    });
    expect(order).toEqual([]);
    idle.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(order).toEqual(['members']);
    idle.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(order).toEqual(['members', 'meetings']);
    stop();
    expect(idle).toEqual([]);
  });
});
