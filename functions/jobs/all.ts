/** Imports every domain's job registrations (side effects of registerJob). */
import "../identity/messages";
import "../billing/job";
import "../meters/jobs";
import "../payments/penalties/job";
import "../payments/reminders/job";
