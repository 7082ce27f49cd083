"""Domain: enums, frozen records, errors, text folding and pure rules; standard library only."""
