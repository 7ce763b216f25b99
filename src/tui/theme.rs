//! Styles for the chosen theme. Without colour (NO_COLOR or `theme = "no-colour"`),
//! emphasis carries the meaning; high contrast uses bright colours and no dim grey.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
    pub high_contrast: bool,
}

impl Theme {
    pub fn accent(&self) -> Style {
        if self.color && self.high_contrast {
            Style::new()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD)
        } else if self.color {
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }
    pub fn good(&self) -> Style {
        if self.color && self.high_contrast {
            Style::new()
                .fg(Color::LightGreen)
                .add_modifier(Modifier::BOLD)
        } else if self.color {
            Style::new().fg(Color::Green)
        } else {
            Style::new()
        }
    }
    pub fn calm(&self) -> Style {
        if self.color && self.high_contrast {
            Style::new().fg(Color::LightCyan)
        } else if self.color {
            Style::new().fg(Color::Magenta)
        } else {
            Style::new()
        }
    }
    pub fn dim(&self) -> Style {
        if self.high_contrast {
            Style::new().fg(Color::White)
        } else if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }
    /// Words that match a search: bold and underlined in every theme, so they show
    /// without colour too.
    pub fn mark(&self) -> Style {
        let marked = Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
        if self.color && self.high_contrast {
            marked.fg(Color::LightYellow)
        } else if self.color {
            marked.fg(Color::Yellow)
        } else {
            marked
        }
    }
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
}
