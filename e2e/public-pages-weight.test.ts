import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible, phone, useJourney } from './support.ts';

// The public pages are what a stranger opens from a shared link, often on a slow phone: they
// are rendered on the server, and their first load fetches (almost) no JavaScript. Budgets:
// the activity page 125 KB, the kalendarium 150 KB (issue 16); both well under, and they show
// no layout shift while loading.

const journey = useJourney();

interface FirstLoad {
  scriptKb: number;
  layoutShift: number;
}

/** Every script fetched on a fresh first visit, gzipped as served, and the layout shift. */
async function firstLoad(path: string): Promise<FirstLoad> {
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
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  await page.goto(`${journey.server.url}${path}`);
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
  const scripts = await Promise.all(bodies);
  const layoutShift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
  await context.close();
  const gzipped = scripts.reduce((sum, body) => sum + gzipSync(body).length, 0);
  return { scriptKb: gzipped / 1024, layoutShift };
}

it('the kalendarium and a public activity load under their JavaScript budgets, without shifting', async () => {
  const list = (await (
    await fetch(`${journey.server.url}/api/public/organizations/huddinge/activities`)
  ).json()) as { items: { id: string; cancelledAt: string | null }[] };
  const activity = list.items.find((item) => !item.cancelledAt)!;

  const kalendarium = await firstLoad('/o/huddinge');
  const activityPage = await firstLoad(`/o/huddinge/activities/${activity.id}`);
  console.log(
    `public first loads: kalendarium ${kalendarium.scriptKb.toFixed(1)} KB of JavaScript, ` +
      `activity page ${activityPage.scriptKb.toFixed(1)} KB (gzipped); layout shift ` +
      `${kalendarium.layoutShift.toFixed(3)} and ${activityPage.layoutShift.toFixed(3)}`,
  );
  expect(kalendarium.scriptKb).toBeLessThan(150);
  expect(activityPage.scriptKb).toBeLessThan(125);
  expect(kalendarium.layoutShift).toBeLessThan(0.01);
  expect(activityPage.layoutShift).toBeLessThan(0.01);
});
