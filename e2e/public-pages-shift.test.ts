import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible, phone, useJourney } from './support.ts';

// The public pages are what a stranger opens from a shared link, often on a slow phone: they
// are rendered on the server and show no layout shift while loading (their JavaScript weight is
// measured with every page's in first-load.test.ts).

const journey = useJourney();

/** The layout shift of a fresh first visit on a phone (its page checked with axe too). */
async function layoutShiftOf(path: string): Promise<number> {
  const context = await journey.browser.newContext({ viewport: phone });
  const page: Page = await context.newPage();
  await page.addInitScript(() => {
    const state = window as unknown as { shift: number };
    state.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) state.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${journey.server.url}${path}`);
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
  const layoutShift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
  await context.close();
  return layoutShift;
}

it('the kalendarium and a public activity load without shifting', async () => {
  const list = (await (
    await fetch(`${journey.server.url}/api/public/organizations/huddinge/activities`)
  ).json()) as { items: { id: string; cancelledAt: string | null }[] };
  const activity = list.items.find((item) => !item.cancelledAt)!;

  const kalendarium = await layoutShiftOf('/o/huddinge');
  const activityPage = await layoutShiftOf(`/o/huddinge/activities/${activity.id}`);
  console.log(
    `public first loads: layout shift ${kalendarium.toFixed(3)} and ${activityPage.toFixed(3)}`,
  );
  expect(kalendarium).toBeLessThan(0.01);
  expect(activityPage).toBeLessThan(0.01);
});
