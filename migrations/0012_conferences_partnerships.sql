CREATE TABLE `conferences` (
	`body_id` integer PRIMARY KEY NOT NULL,
	`theme` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`venue` text DEFAULT '' NOT NULL,
	`video_link` text,
	`registration_opened_at` integer,
	`registration_closed_at` integer,
	`consent_purpose` text DEFAULT '' NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `outcome_proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`body_id` integer NOT NULL,
	`registration_id` integer NOT NULL,
	`text` text NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`decided_by_id` integer,
	`decided_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outcome_proposals_body` ON `outcome_proposals` (`body_id`,`status`);--> statement-breakpoint
CREATE TABLE `outcome_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`body_id` integer NOT NULL,
	`update` blob NOT NULL,
	`user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outcome_updates_body` ON `outcome_updates` (`body_id`,`id`);--> statement-breakpoint
CREATE TABLE `outcomes` (
	`body_id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`state` text DEFAULT 'drafting' NOT NULL,
	`proposals_until` integer,
	`snapshot` blob,
	`snapshot_update_id` integer DEFAULT 0 NOT NULL,
	`finalised_at` integer,
	`finalised_by_id` integer,
	`final_text` text,
	`library_document_id` integer,
	`published_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`finalised_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`library_document_id`) REFERENCES `library_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `programme_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`body_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text DEFAULT 'session' NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`room` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `programme_items_body` ON `programme_items` (`body_id`,`position`);--> statement-breakpoint
CREATE TABLE `programme_materials` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`file_id` integer NOT NULL,
	`title` text NOT NULL,
	`is_public` integer DEFAULT false NOT NULL,
	`uploaded_by_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `programme_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `programme_materials_item` ON `programme_materials` (`item_id`);--> statement-breakpoint
CREATE TABLE `programme_speakers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`position` integer NOT NULL,
	`role` text NOT NULL,
	`name` text NOT NULL,
	`organisation` text DEFAULT '' NOT NULL,
	`country` text,
	`topic` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `programme_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `programme_speakers_item` ON `programme_speakers` (`item_id`,`position`);--> statement-breakpoint
CREATE TABLE `registrations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`body_id` integer NOT NULL,
	`name` text NOT NULL,
	`organisation` text NOT NULL,
	`organisation_kind` text NOT NULL,
	`country` text NOT NULL,
	`position` text NOT NULL,
	`email` text NOT NULL,
	`email_key` text NOT NULL,
	`locale` text NOT NULL,
	`consent_purpose` text NOT NULL,
	`consented_at` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`decided_at` integer,
	`decided_by_id` integer,
	`checked_in_at` integer,
	`checked_in_by_id` integer,
	`access_token_hash` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`checked_in_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_one_per_email` ON `registrations` (`body_id`,`email_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_access_token` ON `registrations` (`access_token_hash`);--> statement-breakpoint
CREATE INDEX `registrations_body_status` ON `registrations` (`body_id`,`status`);--> statement-breakpoint
CREATE TABLE `action_plan_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`body_id` integer NOT NULL,
	`number` text NOT NULL,
	`text` text NOT NULL,
	`responsible_side_id` integer NOT NULL,
	`due_on` text NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`created_by_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`done_at` integer,
	`accepted_at` integer,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_side_id`) REFERENCES `sides`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `action_plan_items_body` ON `action_plan_items` (`body_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `action_plan_items_number` ON `action_plan_items` (`body_id`,`number`);--> statement-breakpoint
CREATE TABLE `action_plan_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`file_id` integer,
	`author_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `action_plan_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `action_plan_reports_item` ON `action_plan_reports` (`item_id`);--> statement-breakpoint
CREATE TABLE `partnerships` (
	`body_id` integer PRIMARY KEY NOT NULL,
	`agreement_document_id` integer,
	`starts_on` text NOT NULL,
	`term_months` integer,
	`updated_at` integer,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agreement_document_id`) REFERENCES `library_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `bodies` ADD `published_at` integer;--> statement-breakpoint
ALTER TABLE `bodies` ADD `parent_body_id` integer REFERENCES bodies(id);