"""briefbot: newsroom story briefs in Slack."""
