(**int) -> None
