-- Clinicians sign off the medical pages (issue 12). H2 2.x and PostgreSQL alike.

-- An account that holds the CLINICIAN role (a row in staff_account_roles) signs off pages under the name readers
-- see, with its letters ("Ana Ruiz, MD"), and an optional job title ("facial plastic surgeon"). Both are copied into
-- each sign-off as they are that day, so a later change here never changes a past claim. A clinician with no name
-- for readers cannot sign off.
alter table staff_accounts add column reviewer_name varchar(150);
alter table staff_accounts add column reviewer_title varchar(150);
