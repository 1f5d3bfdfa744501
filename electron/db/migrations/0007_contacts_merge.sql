-- Contacts import (issue 7): which people an import created or updated ("from the last import"),
-- a journal of changes to existing rows so imports and merges can be undone, merges, and pairs
-- the user said are not the same person. people.merged_into_id hides a merged person from lists.
CREATE TABLE `change_journal` (
	`seq` integer PRIMARY KEY NOT NULL,
	`batch_id` text NOT NULL,
	`action` text NOT NULL,
	`target_id` text NOT NULL,
	`data` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `change_journal_batch_idx` ON `change_journal` (`batch_id`,`seq`);--> statement-breakpoint
CREATE TABLE `duplicate_rejections` (
	`person_a` text NOT NULL,
	`person_b` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`person_a`, `person_b`)
);
--> statement-breakpoint
CREATE TABLE `import_people` (
	`import_id` text NOT NULL,
	`person_id` text NOT NULL,
	`outcome` text NOT NULL,
	PRIMARY KEY(`import_id`, `person_id`),
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_people_person_idx` ON `import_people` (`person_id`);--> statement-breakpoint
CREATE TABLE `merges` (
	`id` text PRIMARY KEY NOT NULL,
	`survivor_id` text NOT NULL,
	`merged_id` text NOT NULL,
	`stats` text,
	`created_at` integer NOT NULL,
	`undone_at` integer,
	FOREIGN KEY (`survivor_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merged_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `merges_survivor_idx` ON `merges` (`survivor_id`);--> statement-breakpoint
CREATE INDEX `merges_merged_idx` ON `merges` (`merged_id`);--> statement-breakpoint
ALTER TABLE `people` ADD `merged_into_id` text;