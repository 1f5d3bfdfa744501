CREATE TABLE `contact_sources` (
	`key` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`import_id` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contact_sources_person_idx` ON `contact_sources` (`person_id`);--> statement-breakpoint
CREATE INDEX `contact_sources_import_idx` ON `contact_sources` (`import_id`);--> statement-breakpoint
CREATE INDEX `people_met_via_idx` ON `people` (`met_via_person_id`) WHERE met_via_person_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `people_merged_into_idx` ON `people` (`merged_into_id`) WHERE merged_into_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `notifications_person_idx` ON `notifications` (`person_id`);