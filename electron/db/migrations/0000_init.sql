CREATE TABLE `attendances` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`person_id` text NOT NULL,
	`met` integer DEFAULT true NOT NULL,
	`follow_up` text DEFAULT 'pending' NOT NULL,
	`note` text,
	`import_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendances_event_person_uq` ON `attendances` (`event_id`,`person_id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `attendances_person_idx` ON `attendances` (`person_id`);--> statement-breakpoint
CREATE INDEX `attendances_follow_up_idx` ON `attendances` (`follow_up`,`event_id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`starts_on` text,
	`ends_on` text,
	`start_at` integer,
	`place` text,
	`link` text,
	`notes` text,
	`external_id` text,
	`import_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `events_start_idx` ON `events` (`start_at`,`id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `events_external_uq` ON `events` (`external_id`) WHERE external_id IS NOT NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `identities` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`display` text NOT NULL,
	`x_account_id` text,
	`label` text,
	`is_primary` integer DEFAULT false NOT NULL,
	`import_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `identities_kind_value_uq` ON `identities` (`kind`,`value`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `identities_x_account_uq` ON `identities` (`x_account_id`) WHERE x_account_id IS NOT NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `identities_person_idx` ON `identities` (`person_id`);--> statement-breakpoint
CREATE INDEX `identities_import_idx` ON `identities` (`import_id`);--> statement-breakpoint
CREATE TABLE `imports` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`source_name` text NOT NULL,
	`status` text NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`stats` text,
	`error` text,
	`undone_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `imports_started_idx` ON `imports` (`started_at`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`website` text,
	`import_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_name_key_uq` ON `organisations` (`name_key`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `positions` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`title` text,
	`start_on` text,
	`end_on` text,
	`import_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `positions_person_idx` ON `positions` (`person_id`);--> statement-breakpoint
CREATE INDEX `positions_organisation_idx` ON `positions` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`display_name` text NOT NULL,
	`sort_name` text NOT NULL,
	`given_name` text,
	`family_name` text,
	`nickname` text,
	`photo` blob,
	`photo_mime` text,
	`location` text,
	`notes` text,
	`birthday` text,
	`circle_id` text,
	`cadence_days` integer,
	`met_on` text,
	`met_event_id` text,
	`met_via_person_id` text,
	`met_mode` text,
	`met_note` text,
	`last_touch_at` integer,
	`online_touches` integer DEFAULT 0 NOT NULL,
	`offline_touches` integer DEFAULT 0 NOT NULL,
	`import_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`circle_id`) REFERENCES `circles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`met_event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`met_via_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_id_unique` ON `people` (`id`);--> statement-breakpoint
CREATE INDEX `people_sort_name_idx` ON `people` (`sort_name`,`id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `people_created_idx` ON `people` (`created_at`,`id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `people_last_touch_idx` ON `people` (`last_touch_at`,`id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `people_import_idx` ON `people` (`import_id`);--> statement-breakpoint
CREATE TABLE `relationships` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`other_person_id` text NOT NULL,
	`kind` text NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`other_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `relationships_person_idx` ON `relationships` (`person_id`);--> statement-breakpoint
CREATE INDEX `relationships_other_idx` ON `relationships` (`other_person_id`);--> statement-breakpoint
CREATE TABLE `reminders` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text,
	`event_id` text,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`note` text,
	`due_at` integer NOT NULL,
	`repeat` text,
	`snoozed_until` integer,
	`done_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reminders_due_idx` ON `reminders` (`due_at`) WHERE done_at IS NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `reminders_person_idx` ON `reminders` (`person_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `circles` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`cadence_days` integer NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `interests` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `interests_name_key_unique` ON `interests` (`name_key`);--> statement-breakpoint
CREATE TABLE `person_interests` (
	`person_id` text NOT NULL,
	`interest_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`person_id`, `interest_id`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`interest_id`) REFERENCES `interests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `person_interests_interest_idx` ON `person_interests` (`interest_id`);--> statement-breakpoint
CREATE TABLE `person_tags` (
	`person_id` text NOT NULL,
	`tag_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`person_id`, `tag_id`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `person_tags_tag_idx` ON `person_tags` (`tag_id`);--> statement-breakpoint
CREATE TABLE `tags` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tags_name_key_unique` ON `tags` (`name_key`);--> statement-breakpoint
CREATE TABLE `touchpoint_participants` (
	`touchpoint_id` text NOT NULL,
	`person_id` text NOT NULL,
	`at` integer NOT NULL,
	PRIMARY KEY(`touchpoint_id`, `person_id`),
	FOREIGN KEY (`touchpoint_id`) REFERENCES `touchpoints`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `participants_person_at_idx` ON `touchpoint_participants` (`person_id`,`at`,`touchpoint_id`);--> statement-breakpoint
CREATE TABLE `touchpoints` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`at` integer NOT NULL,
	`channel` text NOT NULL,
	`initiated_by` text NOT NULL,
	`kind` text NOT NULL,
	`event_id` text,
	`note` text,
	`external_id` text,
	`import_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `touchpoints_id_unique` ON `touchpoints` (`id`);--> statement-breakpoint
CREATE INDEX `touchpoints_at_idx` ON `touchpoints` (`at`,`id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `touchpoints_event_idx` ON `touchpoints` (`event_id`);--> statement-breakpoint
CREATE INDEX `touchpoints_import_idx` ON `touchpoints` (`import_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `touchpoints_external_uq` ON `touchpoints` (`external_id`) WHERE external_id IS NOT NULL;