-- A key for setting up an authenticator app now lives only in the session that was shown it, until a first right
-- code from it is given (issue 23): the accounts' table keeps set-up factors only. A key made before this change and
-- never confirmed could have been seen by someone else, so it is dropped; the owner is shown a new key of their own.
delete from staff_second_factors where confirmed_at is null;
