-- A class, its roster, its students (a name each: nothing else about a person), their games as one
-- row per move with its number, and their hand-ins. Everything of a class goes with it (cascade).
CREATE TABLE classes (
  id uuid PRIMARY KEY,
  code text NOT NULL UNIQUE,
  -- sha256 of the teacher's key: the key itself is shown once and never stored.
  teacher_key_hash text NOT NULL,
  title text NOT NULL,
  scenario text NOT NULL,
  lang text NOT NULL,
  minutes integer NOT NULL,
  difficulty text NOT NULL,
  roster jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  keep_until timestamptz NOT NULL,
  ends_at timestamptz,
  ended_at timestamptz
);
CREATE INDEX classes_keep_until ON classes (keep_until);

CREATE TABLE students (
  id uuid PRIMARY KEY,
  class_id uuid NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
  name text NOT NULL,
  -- sha256 of the student's token (kept in their browser).
  token_hash text NOT NULL UNIQUE,
  rejoin_code text NOT NULL,
  seed text NOT NULL,
  engine_version integer NOT NULL,
  scenario_hash text NOT NULL,
  joined_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (class_id, rejoin_code)
);
CREATE INDEX students_class ON students (class_id, joined_at);

-- A game: Kim's moves, one row each, numbered from 0; a number is stored once (a move sent twice changes nothing).
CREATE TABLE game_moves (
  student_id uuid NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  n integer NOT NULL CHECK (n >= 0),
  move jsonb NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (student_id, n)
);

CREATE TABLE hand_ins (
  student_id uuid PRIMARY KEY REFERENCES students (id) ON DELETE CASCADE,
  justification text,
  -- Handed in by the server when time was up and the game was not over.
  unfinished boolean NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
