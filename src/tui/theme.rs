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
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
}
