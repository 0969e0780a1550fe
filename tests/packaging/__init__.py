"""The wheel and the Linux package, built, installed and self-tested."""
