//! Interviews written with dialogue dashes: who speaks in each turn.
//!
//! In French typography each new dash opens a new speaker's turn, so turns alternate between
//! the interviewer and the interviewee. A turn that ends with a question mark is the
//! interviewer's; any other turn is the opposite of the turn before it; the first turn of an
//! interview that is not a question is the interviewee's. The interviewee is the person the
//! introduction named last (resolved by the caller from what the article said before the first
//! turn); the interviewer is the outlet or journalist given in the options, or `journaliste`.

/// Whose turn a dash paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Turn {
    Interviewer,
    Interviewee,
}

/// Follows the turns of an interview, one dash paragraph at a time.
#[derive(Clone, Debug, Default)]
pub(crate) struct Dialogue {
    previous: Option<Turn>,
}

impl Dialogue {
    /// The turn of the next dash paragraph, whose content is `content`.
    pub fn next(&mut self, content: &str) -> Turn {
        let question = content
            .trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '»' | '"' | '”' | ')' | '.' | '…')
            })
            .ends_with('?');
        let turn = if question {
            Turn::Interviewer
        } else {
            match self.previous {
                Some(Turn::Interviewer) | None => Turn::Interviewee,
                Some(Turn::Interviewee) => Turn::Interviewer,
            }
        };
        self.previous = Some(turn);
        turn
    }

    /// True when no turn has been read yet: the next one opens the interview.
    pub fn is_new(&self) -> bool {
        self.previous.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turns_alternate_and_questions_are_the_interviewer() {
        let mut d = Dialogue::default();
        assert_eq!(
            d.next("Comment jugez-vous la situation ?"),
            Turn::Interviewer
        );
        assert_eq!(d.next("Elle est grave."), Turn::Interviewee);
        assert_eq!(d.next("Vous avez pourtant signé."), Turn::Interviewer);
        assert_eq!(d.next("Sous la contrainte."), Turn::Interviewee);
        assert_eq!(d.next("Et demain ?"), Turn::Interviewer);
        let mut d = Dialogue::default();
        assert_eq!(d.next("Nous tiendrons."), Turn::Interviewee);
    }
}
