ALTER TABLE `action_plan_items` ADD `reminded_due_soon_at` integer;--> statement-breakpoint
ALTER TABLE `action_plan_items` ADD `reminded_overdue_at` integer;