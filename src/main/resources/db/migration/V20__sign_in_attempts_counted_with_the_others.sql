-- The sign-in throttle now counts its attempts in recent_attempts (kinds 'password' and 'code'), with the
-- consultation form's and the feedback form's limits: one place counts recent attempts (issue 13). Its own
-- table held only digests of the last day's failed attempts, so nothing is lost but a lock-out in progress.
drop table staff_sign_in_attempts;
