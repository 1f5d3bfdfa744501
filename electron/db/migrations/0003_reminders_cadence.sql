-- Reminders, cadences and the reconnect list.
-- people.effective_cadence_days is the person's own cadence, else their circle's; the
-- triggers below keep it for every write path (app, imports, seeding), so the index of when
-- each person is next due (people_cadence_due_idx) needs no join and the most overdue
-- people are the first entries of one index. (drizzle-kit splits expression indexes at
-- commas; the two expression indexes were corrected by hand.)
CREATE TABLE `notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`reminder_ids` text NOT NULL,
	`person_id` text,
	`at` integer NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notifications_at_idx` ON `notifications` (`at`);--> statement-breakpoint
DROP INDEX `reminders_due_idx`;--> statement-breakpoint
ALTER TABLE `reminders` ADD `next_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `reminders` ADD `series_start` text;--> statement-breakpoint
ALTER TABLE `reminders` ADD `date_on` text;--> statement-breakpoint
ALTER TABLE `reminders` ADD `all_day` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `reminders` ADD `status` text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE `reminders` ADD `dismissed_at` integer;--> statement-breakpoint
ALTER TABLE `reminders` ADD `notified_at` integer;--> statement-breakpoint
ALTER TABLE `reminders` ADD `previous_id` text;--> statement-breakpoint
CREATE INDEX `reminders_open_idx` ON `reminders` (`next_at`,`id`) WHERE status IN ('open', 'snoozed') AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `reminders_event_idx` ON `reminders` (`event_id`);--> statement-breakpoint
ALTER TABLE `events` ADD `follow_up_days` integer;--> statement-breakpoint
ALTER TABLE `people` ADD `touches_by_them` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `effective_cadence_days` integer;--> statement-breakpoint
ALTER TABLE `people` ADD `reconnect_hidden_until` integer;--> statement-breakpoint
CREATE INDEX `people_cadence_due_idx` ON `people` (coalesce("last_touch_at", "created_at") + "effective_cadence_days" * 86400000) WHERE deleted_at IS NULL AND effective_cadence_days IS NOT NULL;--> statement-breakpoint
CREATE INDEX `people_birthday_idx` ON `people` (substr("birthday", -5)) WHERE deleted_at IS NULL AND birthday IS NOT NULL;--> statement-breakpoint
CREATE INDEX `people_quiet_ties_idx` ON `people` (`last_touch_at`) WHERE deleted_at IS NULL AND effective_cadence_days IS NULL AND touches_by_them >= 3 AND online_touches + offline_touches - touches_by_them >= 3;--> statement-breakpoint
CREATE INDEX `touchpoints_favours_idx` ON `touchpoints` (`at`) WHERE deleted_at IS NULL AND kind IN ('help_given', 'help_received', 'intro_made', 'intro_received', 'compliment', 'gift');--> statement-breakpoint
CREATE TRIGGER `people_cadence_ai` AFTER INSERT ON `people` BEGIN
  UPDATE people SET effective_cadence_days = coalesce(new.cadence_days, (SELECT cadence_days FROM circles WHERE id = new.circle_id))
  WHERE seq = new.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `people_cadence_au` AFTER UPDATE OF circle_id, cadence_days ON `people` BEGIN
  UPDATE people SET effective_cadence_days = coalesce(new.cadence_days, (SELECT cadence_days FROM circles WHERE id = new.circle_id))
  WHERE seq = new.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `circles_cadence_au` AFTER UPDATE OF cadence_days ON `circles` BEGIN
  UPDATE people SET effective_cadence_days = new.cadence_days WHERE circle_id = new.id AND cadence_days IS NULL;
END;
--> statement-breakpoint
UPDATE people SET effective_cadence_days = coalesce(cadence_days, (SELECT c.cadence_days FROM circles c WHERE c.id = people.circle_id));
--> statement-breakpoint
UPDATE people SET touches_by_them = (
  SELECT count(*) FROM touchpoint_participants tp JOIN touchpoints t ON t.id = tp.touchpoint_id
  WHERE tp.person_id = people.id AND t.deleted_at IS NULL AND t.initiated_by = 'them');
--> statement-breakpoint
UPDATE reminders SET next_at = coalesce(snoozed_until, due_at), status = CASE WHEN done_at IS NOT NULL THEN 'done' ELSE 'open' END;