CREATE TABLE `meeting_change_consents` (
	`proposal_id` integer NOT NULL,
	`side_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`capacity` text NOT NULL,
	`at` integer NOT NULL,
	PRIMARY KEY(`proposal_id`, `side_id`),
	FOREIGN KEY (`proposal_id`) REFERENCES `meeting_change_proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`side_id`) REFERENCES `sides`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `meeting_change_proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`side_id` integer NOT NULL,
	`proposed_by_id` integer NOT NULL,
	`capacity` text NOT NULL,
	`starts_at` integer NOT NULL,
	`duration_minutes` integer NOT NULL,
	`place` text NOT NULL,
	`format` text NOT NULL,
	`video_link` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`decided_by_id` integer,
	`decided_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`side_id`) REFERENCES `sides`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_change_proposals_meeting` ON `meeting_change_proposals` (`meeting_id`,`status`);--> statement-breakpoint
CREATE TABLE `meeting_rolls` (
	`meeting_id` integer NOT NULL,
	`moment` text NOT NULL,
	`roll` text NOT NULL,
	`quorum` text NOT NULL,
	`taken_at` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `moment`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `seat_absences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`membership_id` integer NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`recorded_by_id` integer NOT NULL,
	`withdrawn_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`membership_id`) REFERENCES `memberships`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `seat_absences_membership` ON `seat_absences` (`membership_id`);--> statement-breakpoint
-- R9: a completed meeting's roll and quorum are final; the database refuses to change or remove them.
CREATE TRIGGER `meeting_rolls_completed_final_update` BEFORE UPDATE ON `meeting_rolls` WHEN OLD.`moment` = 'completed'
BEGIN SELECT RAISE(ABORT, 'the roll of a completed meeting is final'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_rolls_completed_final_delete` BEFORE DELETE ON `meeting_rolls` WHEN OLD.`moment` = 'completed'
BEGIN SELECT RAISE(ABORT, 'the roll of a completed meeting is final'); END;
