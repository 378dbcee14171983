-- Languages and signatures. An account's language (NULL: the browser's Accept-Language decides);
-- what a user signs the messages PressDesk writes for them with; the language a journalist
-- (or else their outlet) is written to in. Codes are 'fr' or 'en'.
ALTER TABLE users ADD COLUMN language TEXT CHECK (language IN ('fr', 'en'));
ALTER TABLE users ADD COLUMN display_name TEXT;
ALTER TABLE users ADD COLUMN job_title TEXT;
ALTER TABLE users ADD COLUMN phone TEXT;
ALTER TABLE journalists ADD COLUMN language TEXT CHECK (language IN ('fr', 'en'));
ALTER TABLE outlets ADD COLUMN language TEXT CHECK (language IN ('fr', 'en'));
