"""Send to the customer: Genuka's e-mail of the order and the WhatsApp link, from the sale, the editor, the list."""
