/**
 * The recipe of the shipped category model: reads the HuffPost News Category Dataset (CC BY 4.0, see
 * {@code LABELS.md}), maps its sections to newsflow's ten categories and trains and evaluates the model.
 * Run {@link io.newsflow.processing.tag.train.TrainDefaultModel} to rebuild {@code category-default.model}.
 */
package io.newsflow.processing.tag.train;
