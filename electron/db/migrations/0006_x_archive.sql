-- X archive import: accounts seen in the archive (keyed on account id), their interactions
-- (DM conversation-days and the user's tweets) kept until linked to people, match candidates and
-- remembered rejections.
CREATE TABLE `x_accounts` (
	`account_id` text PRIMARY KEY NOT NULL,
	`handle` text,
	`handle_key` text,
	`name` text,
	`handles` text DEFAULT '[]' NOT NULL,
	`is_owner` integer DEFAULT false NOT NULL,
	`following` integer DEFAULT false NOT NULL,
	`follower` integer DEFAULT false NOT NULL,
	`messages_sent` integer DEFAULT 0 NOT NULL,
	`messages_received` integer DEFAULT 0 NOT NULL,
	`mentions_by_me` integer DEFAULT 0 NOT NULL,
	`replies_by_me` integer DEFAULT 0 NOT NULL,
	`last_at` integer,
	`person_id` text,
	`linked_by` text,
	`named_by_hand` integer DEFAULT false NOT NULL,
	`import_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `x_accounts_handle_idx` ON `x_accounts` (`handle_key`);--> statement-breakpoint
CREATE INDEX `x_accounts_person_idx` ON `x_accounts` (`person_id`);--> statement-breakpoint
CREATE INDEX `x_accounts_unlinked_idx` ON `x_accounts` (`last_at`) WHERE person_id IS NULL AND is_owner = 0;--> statement-breakpoint
CREATE TABLE `x_interaction_accounts` (
	`interaction_id` text NOT NULL,
	`account_id` text NOT NULL,
	PRIMARY KEY(`interaction_id`, `account_id`),
	FOREIGN KEY (`interaction_id`) REFERENCES `x_interactions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `x_accounts`(`account_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `x_interaction_accounts_account_idx` ON `x_interaction_accounts` (`account_id`,`interaction_id`);--> statement-breakpoint
CREATE TABLE `x_interactions` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`at` integer NOT NULL,
	`initiated_by` text NOT NULL,
	`sent` integer DEFAULT 0 NOT NULL,
	`received` integer DEFAULT 0 NOT NULL,
	`note` text,
	`touchpoint_id` text,
	`import_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`touchpoint_id`) REFERENCES `touchpoints`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `x_interactions_import_idx` ON `x_interactions` (`import_id`);--> statement-breakpoint
CREATE INDEX `x_interactions_touchpoint_idx` ON `x_interactions` (`touchpoint_id`);--> statement-breakpoint
CREATE TABLE `x_match_candidates` (
	`account_id` text NOT NULL,
	`person_id` text NOT NULL,
	`confidence` real NOT NULL,
	`reasons` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`account_id`, `person_id`),
	FOREIGN KEY (`account_id`) REFERENCES `x_accounts`(`account_id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `x_match_candidates_confidence_idx` ON `x_match_candidates` (`confidence`);--> statement-breakpoint
CREATE TABLE `x_match_rejections` (
	`account_id` text NOT NULL,
	`person_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`account_id`, `person_id`)
);
