"""What contact points hand out: printable flyers whose link opens the bot in their region."""
