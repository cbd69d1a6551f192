"""Plain dataclasses, enums and rules of the counsellor's work: no Qt, no SQL, no I/O."""
