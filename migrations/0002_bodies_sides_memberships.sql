CREATE TABLE `bodies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`title_ru` text NOT NULL,
	`title_en` text,
	`description` text DEFAULT '' NOT NULL,
	`timezone` text DEFAULT 'Europe/Moscow' NOT NULL,
	`quorum_rule` text NOT NULL,
	`quorum_percent` integer,
	`materials_deadline_days` integer DEFAULT 10 NOT NULL,
	`signatories` text DEFAULT 'chairs_and_secretaries' NOT NULL,
	`drafts_open_to_all_sides` integer DEFAULT true NOT NULL,
	`regulation_file_id` integer,
	`created_by_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`regulation_file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`original_name` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`uploaded_by_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`uploaded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`body_id` integer NOT NULL,
	`side_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer,
	`created_by_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`side_id`) REFERENCES `sides`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `memberships_body` ON `memberships` (`body_id`,`ends_at`);--> statement-breakpoint
CREATE INDEX `memberships_user` ON `memberships` (`user_id`,`ends_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `memberships_one_officer_per_side` ON `memberships` (`side_id`,`role`) WHERE ends_at is null and role <> 'member';--> statement-breakpoint
CREATE UNIQUE INDEX `memberships_one_seat_per_body` ON `memberships` (`body_id`,`user_id`) WHERE ends_at is null;--> statement-breakpoint
CREATE TABLE `sides` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`body_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`country` text,
	`organisation_id` integer,
	`working_language` text DEFAULT 'ru' NOT NULL,
	`timezone` text DEFAULT 'Europe/Moscow' NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sides_body_position` ON `sides` (`body_id`,`position`);