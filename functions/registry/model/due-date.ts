import { addDays, dayOfMonthAfter, type IsoDate } from "../../kernel/dates";
import type { DueDateRule } from "./profile-types";

/**
 * The due date of a payment list. `postedOn` is the posting date; `month` the billed month
 * (`YYYY-MM`). Days past a short month's end are clamped to its last day.
 */
export function computeDueDate(rule: DueDateRule, postedOn: IsoDate, month: string): IsoDate {
  if (rule.kind === "days_after_posting") return addDays(postedOn, rule.days);
  return dayOfMonthAfter(`${month}-01`, rule.monthOffset, rule.day);
}
