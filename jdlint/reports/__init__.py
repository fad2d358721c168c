"""Report formats: each module renders a list of Reports."""
