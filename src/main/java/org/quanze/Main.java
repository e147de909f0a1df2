package org.quanze;
public class Main { public static void main(String[] a) {} }
