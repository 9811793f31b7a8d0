//! The people of a bundle: every [`Person`] the actors stage met, in the order they were
//! introduced, with the indexes its look-ups need.
//!
//! Takes: persons as the actors stage introduces them ([`People::push`]), and the state each
//! comes to speak for ([`People::state_mut`]).
//! Gives: the persons as a slice (in order of introduction), and look-ups by surname key, by
//! (surname, name) key, by a word of a long name, and by name as written — each the answer the
//! scan of the slice in order would give (the first match), in one hash look-up.
//! Invariants: a person's name and surname never change once pushed (only its state does), so
//! the indexes stay exact; linear in the bundle: nothing is compared person by person.

use crate::actors::{name_key, Person};
use crate::lexicon::HashMap;

#[derive(Debug, Clone, Default)]
pub struct People {
    list: Vec<Person>,
    /// `name_key(surname)` → first person with it.
    surname: HashMap<String, usize>,
    /// (`name_key(surname)`, `skeleton(name)`) → first person with both.
    key: HashMap<(String, String), usize>,
    /// `name_key(word)` of each word longer than 2 bytes of a name of 3 or more words (split at
    /// spaces and hyphens) → first person with it.
    part: HashMap<String, usize>,
    /// Name as written → every person with it, in order.
    name: HashMap<String, Vec<usize>>,
}

impl std::ops::Deref for People {
    type Target = [Person];
    fn deref(&self) -> &[Person] {
        &self.list
    }
}

impl People {
    /// Add a person; its index.
    pub fn push(&mut self, p: Person) -> usize {
        let i = self.list.len();
        let sk = name_key(&p.surname);
        self.surname.entry(sk.clone()).or_insert(i);
        self.key.entry((sk, skeleton(&p.name))).or_insert(i);
        if p.name.split([' ', '-']).count() >= 3 {
            for x in p.name.split([' ', '-']).filter(|x| x.len() > 2) {
                self.part.entry(name_key(x)).or_insert(i);
            }
        }
        self.name.entry(p.name.clone()).or_default().push(i);
        self.list.push(p);
        i
    }

    /// The state person `i` speaks for (the one field that may change after [`People::push`]).
    pub fn state_mut(&mut self, i: usize) -> &mut Option<String> {
        &mut self.list[i].state
    }

    /// Whether someone has the surname key of `w` (`name_key(p.surname) == name_key(w)`).
    pub fn knows_surname(&self, w: &str) -> bool {
        self.surname.contains_key(&name_key(w))
    }

    /// The first person whose surname key is that of `w`.
    pub fn by_surname(&self, w: &str) -> Option<&Person> {
        self.surname.get(&name_key(w)).map(|&i| &self.list[i])
    }

    /// The index of the first person with the surname key of `surname` and the skeleton of
    /// `name` (so "Hicham Mechichi" is "Hichem Mechichi", "Mohammed" is "Muhammad").
    pub fn position(&self, surname: &str, name: &str) -> Option<usize> {
        self.key.get(&(name_key(surname), skeleton(name))).copied()
    }

    /// The first person of a name of 3 or more words one of whose words (longer than 2 bytes)
    /// has the name key of `w` ("Zeid" of "Zeid Ra'ad al Hussein").
    pub fn by_part(&self, w: &str) -> Option<&Person> {
        self.part.get(&name_key(w)).map(|&i| &self.list[i])
    }

    /// Every person named exactly `name`, in order.
    pub fn named<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a Person> + 'a {
        self.name
            .get(name)
            .into_iter()
            .flatten()
            .map(|&i| &self.list[i])
    }
}

/// A full name's transliteration skeleton: each word's first letter and its consonants (lower
/// case, y as i, doubled letters single), so spellings that differ in vowels only are one.
fn skeleton(name: &str) -> String {
    name_key(name)
        .split([' ', '-'])
        .map(|w| {
            // each run of vowels one mark: Hicham = Hichem, Mahmoud ≠ Mohamed
            let mut out = String::new();
            for (k, ch) in w.chars().enumerate() {
                if k > 0 && "aeiou".contains(ch) {
                    if !out.ends_with('*') {
                        out.push('*');
                    }
                } else {
                    out.push(ch);
                }
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn spellings_that_differ_in_vowels_are_one_person() {
        assert_eq!(
            super::skeleton("Hicham Mechichi"),
            super::skeleton("Hichem Mechichi")
        );
        assert_eq!(
            super::skeleton("Mohammed Ali"),
            super::skeleton("Muhammad Ali")
        );
        assert_ne!(
            super::skeleton("Omar Bashir"),
            super::skeleton("Amir Bashir")
        );
    }

    use super::*;

    fn p(name: &str) -> Person {
        Person {
            name: name.into(),
            surname: name.rsplit(' ').next().unwrap_or("").into(),
            state: None,
            titled: false,
        }
    }

    /// Each look-up is the first match of the scan it replaces.
    #[test]
    fn lookups_equal_the_scans() {
        let mut ps = People::default();
        for n in [
            "Nikol Pashinian",
            "Nikol Pashinyan",
            "Zeid Ra'ad al Hussein",
            "Ali al-Hussein",
            "Anna Pashinyan",
            "Iran Iraq",
        ] {
            ps.push(p(n));
        }
        for w in [
            "Pashinyan",
            "pashinian",
            "Hussein",
            "Zeid",
            "Ra'ad",
            "al",
            "Iraq",
            "X",
        ] {
            let scan = ps.iter().find(|p| name_key(&p.surname) == name_key(w));
            assert_eq!(ps.by_surname(w), scan, "{w}");
            assert_eq!(ps.knows_surname(w), scan.is_some());
            let scan = ps.iter().find(|p| {
                p.name.split([' ', '-']).count() >= 3
                    && p.name
                        .split([' ', '-'])
                        .any(|x| x.len() > 2 && name_key(x) == name_key(w))
            });
            assert_eq!(ps.by_part(w), scan, "{w}");
            for full in ["Nikol Pashinyan", "Anna Pashinian", "Ali al-Hussein"] {
                let scan = ps.iter().position(|p| {
                    name_key(&p.surname) == name_key(w) && name_key(&p.name) == name_key(full)
                });
                assert_eq!(ps.position(w, full), scan, "{w} {full}");
            }
        }
        assert_eq!(ps.named("Nikol Pashinyan").count(), 1);
        assert_eq!(ps.named("Nikol").count(), 0);
    }
}
