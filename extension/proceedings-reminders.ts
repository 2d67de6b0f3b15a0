import { browser } from 'wxt/browser';
import { todayInChina } from '../lib/calendar/days';
import { ZhifaStore } from '../lib/store';

declare const __ZHIFA_E2E__: boolean | undefined;

const ALARM = 'zhifa-proceedings';
const NOTIFIED_KEY = 'proceedingsNotified';

/**
 * Reminders for Order 294 proceedings deadlines: twice a day (and at start-up) the background
 * looks at the recorded steps and shows a browser notification on each reminder day and once a
 * deadline has passed, each only once.
 */
export function startProceedingReminders(): void {
  void browser.alarms.create(ALARM, { periodInMinutes: 12 * 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void remindDue();
  });
  void remindDue();
  // Lets end-to-end tests run a reminder pass at a chosen time instead of waiting for the alarm.
  if (typeof __ZHIFA_E2E__ !== 'undefined' && __ZHIFA_E2E__)
    (globalThis as unknown as { zhifaRemindDue: typeof remindDue }).zhifaRemindDue = remindDue;
}

export async function remindDue(now: Date = new Date()): Promise<number> {
  const today = todayInChina(now);
  const store = await ZhifaStore.open();
  const { steps } = await store.listProceedings({ today });
  const stored = await browser.storage.local.get(NOTIFIED_KEY);
  const notified = new Set<string>(Array.isArray(stored[NOTIFIED_KEY]) ? (stored[NOTIFIED_KEY] as string[]) : []);
  let shown = 0;
  for (const { step, deadline } of steps) {
    const remindToday = deadline.reminders.some((reminder) => reminder.date === today);
    const overdue = deadline.due < today;
    const key = `${step.id}:${overdue ? 'overdue' : today}`;
    if ((!remindToday && !overdue) || notified.has(key)) continue;
    notified.add(key);
    shown++;
    await browser.notifications.create(key, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon-128.png'),
      title: overdue ? '过错责任追究程序期限已过' : '过错责任追究程序期限提醒',
      message: `${step.caseId ? `${step.caseId}：` : ''}${deadline.duty.zh}，期限 ${deadline.due}${overdue ? '（已逾期）' : `（还剩 ${deadline.daysLeft} 日）`}`,
    });
  }
  await browser.storage.local.set({ [NOTIFIED_KEY]: [...notified].slice(-2000) });
  return shown;
}
