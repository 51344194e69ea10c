"""Everything a person reads, as Block Kit within Slack's limits (pure; no Slack client here): briefs and answers,
the desk's Home, a brief's updates, notes when Slack refuses a post, and the one escaping function (`blockkit`)."""
