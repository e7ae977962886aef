/** Imports every domain's job registrations (side effects of registerJob). */
import "../identity/messages";
import "../billing/job";
