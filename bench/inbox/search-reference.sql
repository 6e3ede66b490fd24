-- A search by reference, typed b010-0042: the unique index answers it, and nothing else is read.
select r.* from consultation_requests r where r.reference = 'B010-0042';
